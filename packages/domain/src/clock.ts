/**
 * Every "now" in Arus comes from a Clock, so that tests can stand at 23:59 in Jakarta and the
 * database's `now()` never decides a business rule on its own.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(instant: Date | string): Clock {
  const at = new Date(instant);
  return { now: () => new Date(at) };
}
