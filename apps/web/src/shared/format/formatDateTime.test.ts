import { describe, expect, it } from 'vitest';

import { formatDateTime } from './formatDateTime';

describe('formatDateTime', () => {
  it('shows the wall-clock time of the given zone, not the browser’s', () => {
    // ICU versions differ in the space before AM/PM (plain or narrow no-break).
    expect(formatDateTime('2026-03-04T23:30:00Z', 'en-US', 'Asia/Jakarta')).toMatch(
      /^Mar 5, 2026, 6:30\sAM$/,
    );
    expect(formatDateTime('2026-03-04T23:30:00Z', 'en-US', 'UTC')).toMatch(
      /^Mar 4, 2026, 11:30\sPM$/,
    );
  });
});
