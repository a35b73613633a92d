import { SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { KpiFiguresFragment } from '../../gql/graphql';
import { formatPercent } from '../../shared/format';
import { useLanguage } from '../../shared/i18n/useLanguage';
import { Money } from '../../shared/ui';
import { KpiCard } from './KpiCard';

type Amounts = NonNullable<KpiFiguresFragment['revenue']>;
type Ratio = NonNullable<KpiFiguresFragment['quoteConversion']>;

interface KpiGridProps {
  kpis: KpiFiguresFragment;
}

/** One card per KPI the API answered; a KPI the viewer's role may not read is not asked for. */
export function KpiGrid({ kpis }: KpiGridProps) {
  const { t } = useTranslation();
  const { overdueInvoices, overdueAgeing, quoteConversion, onTimeDelivery, revenue } = kpis;

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      {overdueInvoices && (
        <KpiCard
          title={t('kpi.overdueInvoices.title')}
          explanation={t('kpi.overdueInvoices.explanation')}
        >
          <Text size="xl" fw={700} c={overdueInvoices.count > 0 ? 'red.7' : undefined}>
            {t('kpi.overdueInvoices.count', { count: overdueInvoices.count })}
          </Text>
          <AmountList amounts={overdueInvoices.amounts} />
        </KpiCard>
      )}
      {overdueAgeing && (
        <KpiCard
          title={t('kpi.overdueAgeing.title')}
          explanation={t('kpi.overdueAgeing.explanation')}
        >
          <Table verticalSpacing={4} fz="sm">
            <Table.Tbody>
              {overdueAgeing.map((bucket) => (
                <Table.Tr key={bucket.fromDays}>
                  <Table.Td>
                    {bucket.toDays == null
                      ? t('kpi.overdueAgeing.bucketOpenEnded', { from: bucket.fromDays })
                      : t('kpi.overdueAgeing.bucket', { from: bucket.fromDays, to: bucket.toDays })}
                  </Table.Td>
                  <Table.Td ta="right">{bucket.count}</Table.Td>
                  <Table.Td ta="right">
                    <AmountList amounts={bucket.amounts} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </KpiCard>
      )}
      {quoteConversion && (
        <KpiCard
          title={t('kpi.quoteConversion.title')}
          explanation={t('kpi.quoteConversion.explanation')}
        >
          <RatioFigure ratio={quoteConversion} />
        </KpiCard>
      )}
      {onTimeDelivery && (
        <KpiCard
          title={t('kpi.onTimeDelivery.title')}
          explanation={t('kpi.onTimeDelivery.explanation')}
        >
          <RatioFigure ratio={onTimeDelivery} />
        </KpiCard>
      )}
      {revenue && (
        <KpiCard title={t('kpi.revenue.title')} explanation={t('kpi.revenue.explanation')}>
          <AmountList amounts={revenue} size="lg" />
        </KpiCard>
      )}
    </SimpleGrid>
  );
}

// One line per currency: amounts in different currencies are never summed.
function AmountList({ amounts, size = 'sm' }: { amounts: Amounts; size?: 'sm' | 'lg' }) {
  const { t } = useTranslation();

  if (amounts.length === 0) {
    return (
      <Text size={size} c="dimmed">
        {t('kpi.none')}
      </Text>
    );
  }

  return amounts.map((money) => (
    <Money
      key={money.currency}
      amount={money.amount}
      currency={money.currency}
      size={size}
      display="block"
    />
  ));
}

function RatioFigure({ ratio }: { ratio: Ratio }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();

  return (
    <>
      <Text size="xl" fw={700}>
        {ratio.rate == null ? t('kpi.noRate') : formatPercent(ratio.rate, locale)}
      </Text>
      <Text size="sm" c="dimmed">
        {t('kpi.ratio', { numerator: ratio.numerator, denominator: ratio.denominator })}
      </Text>
    </>
  );
}
