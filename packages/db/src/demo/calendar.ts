import { addDays, daysBetween, type LocalDate } from '@arus/domain';

import type { Random } from './random';

/** A day drawn evenly from `from` to `to`, both included; `from` when the range is empty. */
export function dayBetween(random: Random, from: LocalDate, to: LocalDate): LocalDate {
  return addDays(from, random.int(0, Math.max(0, daysBetween(from, to))));
}

export function laterOf(a: LocalDate, b: LocalDate): LocalDate {
  return a > b ? a : b;
}

export function earlierOf(a: LocalDate, b: LocalDate): LocalDate {
  return a < b ? a : b;
}
