import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { AuditEntryFragment } from '../../gql/graphql';
import { AccountTimeZoneProvider } from '../../shared/timeZone/AccountTimeZone';
import { renderWithProviders } from '../../test/renderWithProviders';
import { HistoryList } from './HistoryList';

function buildEvent(overrides: Partial<AuditEntryFragment>): AuditEntryFragment {
  return {
    id: 'evt-1',
    action: 'UPDATED',
    field: null,
    from: null,
    to: null,
    reason: null,
    occurredAt: '2026-03-04T23:30:00Z',
    actor: { id: 'user-1', name: 'Ayu Lestari' },
    ...overrides,
  };
}

function renderHistory(events: AuditEntryFragment[], language: 'en' | 'id' = 'en') {
  return renderWithProviders(
    <AccountTimeZoneProvider timeZone="Asia/Jakarta">
      <HistoryList events={events} kind="quote" currency="IDR" />
    </AccountTimeZoneProvider>,
    { language },
  );
}

describe('HistoryList', () => {
  it('shows changed money in the document’s currency and names the field', async () => {
    await renderHistory([buildEvent({ field: 'total', from: '200000000.00', to: '187654321.17' })]);

    const entry = screen.getByRole('listitem');
    expect(entry).toHaveTextContent('Edited (total)');
    expect(entry).toHaveTextContent(/IDR\s200,000,000\.00 → IDR\s187,654,321\.17/);
  });

  it('translates statuses and tells the time in the account’s zone, saying which', async () => {
    await renderHistory(
      [buildEvent({ action: 'STATUS_CHANGED', from: 'DRAFT', to: 'ACTIVE' })],
      'id',
    );

    expect(screen.getByText('Waktu menurut Asia/Jakarta')).toBeInTheDocument();
    const entry = screen.getByRole('listitem');
    expect(entry).toHaveTextContent('Draf → Aktif');
    expect(entry).toHaveTextContent('5 Mar 2026');
  });
});
