import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { InvoiceStatus, QuoteStatus, SalesOrderStatus } from '../../gql/graphql';

// Colours follow what the status asks of the reader: green is done well, red needs attention,
// grey is final without money, blue is still moving.
const quoteColors: Record<QuoteStatus, MantineColor> = {
  DRAFT: 'gray',
  ACTIVE: 'blue',
  ACCEPTED: 'green',
  DECLINED: 'red',
  EXPIRED: 'gray',
};

const salesOrderColors: Record<SalesOrderStatus, MantineColor> = {
  OPEN: 'blue',
  IN_PROGRESS: 'cyan',
  FULFILLED: 'green',
  CANCELLED: 'gray',
};

const invoiceColors: Record<InvoiceStatus, MantineColor> = {
  GENERATED: 'gray',
  SENT: 'blue',
  PROCESSING: 'cyan',
  COMPLETED: 'green',
  REJECTED: 'red',
  VOIDED: 'gray',
};

type StatusBadgeProps =
  | { kind: 'quote'; status: QuoteStatus }
  | { kind: 'salesOrder'; status: SalesOrderStatus }
  | { kind: 'invoice'; status: InvoiceStatus };

export function StatusBadge(props: StatusBadgeProps) {
  const { t } = useTranslation();

  switch (props.kind) {
    case 'quote':
      return (
        <Badge variant="light" color={quoteColors[props.status]}>
          {t(`status.quote.${props.status}`)}
        </Badge>
      );
    case 'salesOrder':
      return (
        <Badge variant="light" color={salesOrderColors[props.status]}>
          {t(`status.salesOrder.${props.status}`)}
        </Badge>
      );
    case 'invoice':
      return (
        <Badge variant="light" color={invoiceColors[props.status]}>
          {t(`status.invoice.${props.status}`)}
        </Badge>
      );
  }
}
