import { ArusError } from '@arus/domain';

/**
 * Every problem of an export is reported at once, so that a person fixes the file in one pass
 * instead of rerunning the import once per mistake.
 */
export function importRefused(problems: readonly string[]): ArusError {
  const list = problems.map((problem) => `  - ${problem}`).join('\n');
  return new ArusError(
    'VALIDATION',
    `Nothing was imported. Fix these problems and run the import again:\n${list}`,
    { field: 'files', problemCount: problems.length },
  );
}
