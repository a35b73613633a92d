import { describe, expect, it } from 'vitest';

import { billedPlanParts } from './billedPlanParts';

describe('billedPlanParts', () => {
  it('counts a part billed while its invoice is generated, sent, processing or paid', () => {
    const billed = billedPlanParts([
      { planPartId: 'part-1', status: 'GENERATED' },
      { planPartId: 'part-2', status: 'COMPLETED' },
      { planPartId: null, status: 'SENT' },
    ]);

    expect([...billed].sort()).toEqual(['part-1', 'part-2']);
  });

  it('frees a part whose invoice was rejected or voided', () => {
    const billed = billedPlanParts([
      { planPartId: 'part-1', status: 'REJECTED' },
      { planPartId: 'part-2', status: 'VOIDED' },
    ]);

    expect(billed.size).toBe(0);
  });
});
