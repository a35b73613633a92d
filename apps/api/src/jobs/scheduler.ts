import type { Logger } from 'pino';

/**
 * Runs `task` now and then every `intervalMs`, one run at a time, logging failures. The work is
 * safe to repeat and to run in several processes at once, so a plain timer is enough until the
 * notifications work brings a job queue.
 */
export function every(
  intervalMs: number,
  name: string,
  log: Logger,
  task: () => Promise<unknown>,
): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = running.then(async () => {
      try {
        const result = await task();
        log.debug({ job: name, result }, 'job ran');
      } catch (error) {
        log.error({ err: error, job: name }, 'job failed');
      }
    });
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
