import { SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { KpiFiguresFragment } from '../../gql/graphql';
import { formatPercent } from '../../shared/format';
import { useLanguage } from '../../shared/i18n/useLanguage';
import { Money } from '../../shared/ui';
import { KpiCard } from './KpiCard';

type Amounts = KpiFiguresFragment['revenue'];
type Ratio = KpiFiguresFragment['quoteConversion'];

interface KpiGridProps {
  kpis: KpiFiguresFragment;
}

export function KpiGrid({ kpis }: KpiGridProps) {
  const { t } = useTranslation();

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      <KpiCard
        title={t('kpi.overdueInvoices.title')}
        explanation={t('kpi.overdueInvoices.explanation')}
      >
        <Text size="xl" fw={700} c={kpis.overdueInvoices.count > 0 ? 'red.7' : undefined}>
          {t('kpi.overdueInvoices.count', { count: kpis.overdueInvoices.count })}
        </Text>
        <AmountList amounts={kpis.overdueInvoices.amounts} />
      </KpiCard>

      <KpiCard
        title={t('kpi.overdueAgeing.title')}
        explanation={t('kpi.overdueAgeing.explanation')}
      >
        <Table verticalSpacing={4} fz="sm">
          <Table.Tbody>
            {kpis.overdueAgeing.map((bucket) => (
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

      <KpiCard
        title={t('kpi.quoteConversion.title')}
        explanation={t('kpi.quoteConversion.explanation')}
      >
        <RatioFigure ratio={kpis.quoteConversion} />
      </KpiCard>

      <KpiCard
        title={t('kpi.onTimeDelivery.title')}
        explanation={t('kpi.onTimeDelivery.explanation')}
      >
        <RatioFigure ratio={kpis.onTimeDelivery} />
      </KpiCard>

      <KpiCard title={t('kpi.revenue.title')} explanation={t('kpi.revenue.explanation')}>
        <AmountList amounts={kpis.revenue} size="lg" />
      </KpiCard>
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
