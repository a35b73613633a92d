import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { KpiFiguresFragment } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { KpiGrid } from './KpiGrid';

// Testing Library collapses whitespace, so the no-break space Intl puts between a currency and
// its amount reads as a plain space here; formatMoney's own tests pin the exact characters.
function buildKpis(overrides: Partial<KpiFiguresFragment> = {}): KpiFiguresFragment {
  return {
    overdueInvoices: { count: 2, amounts: [{ amount: '3000000.00', currency: 'IDR' }] },
    overdueAgeing: [
      { fromDays: 1, toDays: 30, count: 1, amounts: [{ amount: '1000000.00', currency: 'IDR' }] },
      { fromDays: 31, toDays: 60, count: 0, amounts: [] },
      { fromDays: 61, toDays: 90, count: 0, amounts: [] },
      {
        fromDays: 91,
        toDays: null,
        count: 1,
        amounts: [{ amount: '2000000.00', currency: 'IDR' }],
      },
    ],
    quoteConversion: { numerator: 3, denominator: 4, rate: 0.75 },
    onTimeDelivery: { numerator: 0, denominator: 0, rate: null },
    revenue: [
      { amount: '5000000.00', currency: 'IDR' },
      { amount: '1500', currency: 'JPY' },
    ],
    ...overrides,
  };
}

describe('KpiGrid', () => {
  it('shows the overdue count and amount with its explanation', async () => {
    await renderWithProviders(<KpiGrid kpis={buildKpis()} />);

    const card = screen.getByRole('region', { name: 'Overdue invoices' });
    expect(within(card).getByText('Invoices: 2')).toBeInTheDocument();
    expect(within(card).getByText('IDR 3,000,000.00')).toBeInTheDocument();
    expect(within(card).getByText(/An invoice due today is not overdue yet/)).toBeInTheDocument();
  });

  it('labels the ageing buckets, the last one open-ended', async () => {
    await renderWithProviders(<KpiGrid kpis={buildKpis()} />);

    const card = screen.getByRole('region', { name: 'Overdue ageing' });
    expect(within(card).getByText('1–30 days')).toBeInTheDocument();
    expect(within(card).getByText('91+ days')).toBeInTheDocument();
  });

  it('shows a ratio as a percentage with its counts, and no rate when nothing was decided', async () => {
    await renderWithProviders(<KpiGrid kpis={buildKpis()} />);

    const conversion = screen.getByRole('region', { name: 'Quote-to-order conversion' });
    const delivery = screen.getByRole('region', { name: 'On-time delivery' });
    expect(within(conversion).getByText('75%')).toBeInTheDocument();
    expect(within(conversion).getByText('3 of 4')).toBeInTheDocument();
    expect(within(delivery).getByText('No data yet')).toBeInTheDocument();
  });

  it('lists revenue per currency without adding currencies together', async () => {
    await renderWithProviders(<KpiGrid kpis={buildKpis()} />);

    const card = screen.getByRole('region', { name: 'Revenue' });
    expect(within(card).getByText('IDR 5,000,000.00')).toBeInTheDocument();
    expect(within(card).getByText('¥1,500')).toBeInTheDocument();
  });
});
