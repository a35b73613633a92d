import { describe, expect, it } from 'vitest';

import { billedPlanParts } from './billedPlanParts';

describe('billedPlanParts', () => {
  it('collects the parts the API reports billed', () => {
    const billed = billedPlanParts([
      { id: 'part-1', isBilled: true },
      { id: 'part-2', isBilled: false },
      { id: 'part-3', isBilled: true },
    ]);

    expect([...billed].sort()).toEqual(['part-1', 'part-3']);
  });
});
