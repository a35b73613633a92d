import { describe, expect, it } from 'vitest';

import { formatDate } from './formatDate';

describe('formatDate', () => {
  it('shows the calendar day as given, in the reader’s language', () => {
    expect(formatDate('2026-03-05', 'en-US')).toBe('Mar 5, 2026');
    expect(formatDate('2026-03-05', 'id-ID')).toBe('5 Mar 2026');
  });

  it('does not move the first or last day of a year across a time-zone boundary', () => {
    expect(formatDate('2026-01-01', 'en-US')).toBe('Jan 1, 2026');
    expect(formatDate('2025-12-31', 'en-US')).toBe('Dec 31, 2025');
  });
});
