import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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
export default function setup(): void {
  if (!existsSync(CHROMIUM)) {
    if (process.getuid?.() !== 0) {
      throw new Error(
        `The browser tests need Chromium at ${CHROMIUM}: run "sudo apt-get install chromium".`,
      );
    }
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
  }
  run('pnpm', ['--filter', '@arus/web', 'build']);
}
