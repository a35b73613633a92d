import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the SPA under test was built. */
    webDistDir: string;
  }
}

export const CHROMIUM = '/usr/bin/chromium';

/**
 * Vitest's environment less what makes a child build differ from `pnpm start`'s: with
 * NODE_ENV=test, Vite would bundle React's development build.
 */
function childEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([name]) => !/^(VITE.*|NODE_ENV|TEST|MODE|DEV|PROD|BASE_URL|SSR)$/.test(name),
  );
  return { ...Object.fromEntries(inherited), ...extra };
}

function run(command: string, args: string[], extra: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env: childEnvironment(extra) });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/**
 * The browser tests need Debian's Chromium (browser downloads do not work here) and the built
 * SPA. Chromium is installed when missing and we may (root); otherwise the message says how.
 */
export default function setup(project: TestProject): () => void {
  if (!existsSync(CHROMIUM)) {
    if (process.getuid?.() !== 0) {
      throw new Error(
        `The browser tests need Chromium at ${CHROMIUM}: run "sudo apt-get install chromium".`,
      );
    }
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
  }
  // Built apart from apps/web/dist, which a running app may be serving.
  const outDir = mkdtempSync(path.join(tmpdir(), 'arus-e2e-web-'));
  run('pnpm', [
    '--filter',
    '@arus/web',
    'exec',
    'vite',
    'build',
    '--outDir',
    outDir,
    '--emptyOutDir',
  ]);
  project.provide('webDistDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
