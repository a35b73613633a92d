import { describe, expect, it } from 'vitest';

import { todayIn } from './todayIn';

describe('todayIn', () => {
  it('gives the day it is in the account’s zone at that instant', () => {
    const instant = new Date('2026-03-04T20:00:00Z');

    expect(todayIn('Asia/Jakarta', instant)).toBe('2026-03-05');
    expect(todayIn('America/Los_Angeles', instant)).toBe('2026-03-04');
  });
});
