import { describe, expect, it } from 'vitest';

import {
  addDays,
  addMonths,
  daysBetween,
  isLocalDate,
  isTimeZone,
  isWithin,
  localDateIn,
  parseLocalDate,
} from './local-date';

describe('localDateIn', () => {
  it('reads the last minute of 31 March in Jakarta (UTC+7) as 31 March', () => {
    const instant = new Date('2026-03-31T16:59:00Z');

    const day = localDateIn('Asia/Jakarta', instant);

    expect(day).toBe('2026-03-31');
  });

  it('reads 17:00 UTC on 31 March as 1 April in Jakarta', () => {
    const instant = new Date('2026-03-31T17:00:00Z');

    const day = localDateIn('Asia/Jakarta', instant);

    expect(day).toBe('2026-04-01');
  });

  it('reads an early UTC morning as the day before in Los Angeles in winter (UTC-8)', () => {
    const lastMinute = new Date('2026-01-15T07:59:00Z');
    const midnight = new Date('2026-01-15T08:00:00Z');

    const days = [
      localDateIn('America/Los_Angeles', lastMinute),
      localDateIn('America/Los_Angeles', midnight),
    ];

    expect(days).toEqual(['2026-01-14', '2026-01-15']);
  });

  it('follows daylight saving time in Los Angeles in summer (UTC-7)', () => {
    const lastMinute = new Date('2026-07-01T06:59:00Z');
    const midnight = new Date('2026-07-01T07:00:00Z');

    const days = [
      localDateIn('America/Los_Angeles', lastMinute),
      localDateIn('America/Los_Angeles', midnight),
    ];

    expect(days).toEqual(['2026-06-30', '2026-07-01']);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2024-01-01', 365, '2024-12-31'],
    ['2026-03-07', 2, '2026-03-09'],
    ['2026-04-10', 0, '2026-04-10'],
  ])('moves %s by %i days to %s', (date, days, expected) => {
    const moved = addDays(date, days);

    expect(moved).toBe(expected);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-05-31', 1, '2026-06-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-01-31', 12, '2027-01-31'],
    ['2026-04-10', 0, '2026-04-10'],
  ])(
    'moves %s by %i months to %s, clamping to the last day of a shorter month',
    (date, months, expected) => {
      const moved = addMonths(date, months);

      expect(moved).toBe(expected);
    },
  );
});

describe('daysBetween', () => {
  it.each([
    ['2026-01-01', '2026-12-31', 364],
    ['2024-01-01', '2025-01-01', 366],
    ['2026-02-28', '2026-03-01', 1],
    ['2024-02-28', '2024-03-01', 2],
    ['2026-03-07', '2026-03-09', 2],
    ['2026-03-10', '2026-03-01', -9],
    ['2026-04-10', '2026-04-10', 0],
  ])('counts the whole days from %s to %s as %i', (from, to, expected) => {
    const days = daysBetween(from, to);

    expect(days).toBe(expected);
  });
});

describe('isLocalDate', () => {
  it.each(['2026-03-31', '2024-02-29', '2026-12-31', '2026-01-01'])('accepts %s', (text) => {
    const valid = isLocalDate(text);

    expect(valid).toBe(true);
  });

  it.each([
    '2026-02-30',
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-1-05',
    '2026-01-05T00:00',
    '31-03-2026',
    '',
  ])('refuses %s, which is not a calendar day in the form YYYY-MM-DD', (text) => {
    const valid = isLocalDate(text);

    expect(valid).toBe(false);
  });
});

describe('parseLocalDate', () => {
  it('returns a valid day unchanged', () => {
    const day = parseLocalDate('input.dueDate', '2026-04-30');

    expect(day).toBe('2026-04-30');
  });

  it('refuses an impossible day with VALIDATION naming the field', () => {
    const act = () => parseLocalDate('input.dueDate', '2026-02-30');

    expect(act).toThrow(
      expect.objectContaining({ code: 'VALIDATION', details: { field: 'input.dueDate' } }),
    );
  });
});

describe('isTimeZone', () => {
  it.each(['Asia/Jakarta', 'America/Los_Angeles', 'Europe/Berlin', 'UTC'])('accepts %s', (zone) => {
    const valid = isTimeZone(zone);

    expect(valid).toBe(true);
  });

  it.each(['Mars/Olympus', 'Asia/Atlantis', ''])('refuses "%s"', (zone) => {
    const valid = isTimeZone(zone);

    expect(valid).toBe(false);
  });
});

describe('isWithin', () => {
  const april = { from: '2026-04-01', to: '2026-04-30' };

  it.each([
    ['2026-04-01', true],
    ['2026-04-15', true],
    ['2026-04-30', true],
    ['2026-03-31', false],
    ['2026-05-01', false],
  ])('places %s inside April 2026: %s (both ends count)', (date, expected) => {
    const inside = isWithin(date, april);

    expect(inside).toBe(expected);
  });
});
