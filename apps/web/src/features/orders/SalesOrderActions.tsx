import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { SalesOrderAction, SalesOrderDetailsFragment } from '../../gql/graphql';
import { useMutationRunner } from '../../shared/apollo/useMutationRunner';
import { RefusalAlert } from '../../shared/ui';
import { useCanWrite } from '../../shared/access/access';
import { CreateInvoiceDialog } from '../invoices/CreateInvoiceDialog';
import { MoveDeadlineDialog } from '../projects/MoveDeadlineDialog';
import { BillingPlanDialog } from './BillingPlanDialog';
import { CancelSalesOrderMutation, FulfillSalesOrderMutation } from './orders.operations';
import { ProgressDialog } from './ProgressDialog';

type Dialog = 'SET_PROGRESS' | 'MOVE_DEADLINE' | 'SET_BILLING_PLAN' | 'CREATE_INVOICE' | null;

const colors: Record<SalesOrderAction, string> = {
  SET_PROGRESS: 'blue',
  MOVE_DEADLINE: 'gray',
  SET_BILLING_PLAN: 'gray',
  FULFILL: 'green',
  CANCEL: 'red',
};

// A positive exact decimal, read from its digits: "0.00" has nothing left to bill.
function hasAmount(amount: string | null | undefined): boolean {
  return amount != null && !amount.startsWith('-') && /[1-9]/.test(amount);
}

interface SalesOrderActionsProps {
  order: SalesOrderDetailsFragment;
  isProjectDelivered: boolean;
}

export function SalesOrderActions({ order, isProjectDelivered }: SalesOrderActionsProps) {
  const { t } = useTranslation();
  const mayBill = useCanWrite('INVOICES');
  const { run, isRunning, error } = useMutationRunner();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  // Billing has no entry in `actions`: an order that is not cancelled may be billed while
  // something is left, by those with the INVOICES right.
  const mayInvoice = mayBill && order.status !== 'CANCELLED' && hasAmount(order.unbilledTotal);

  const act = (action: SalesOrderAction) => {
    if (action === 'FULFILL') void run(FulfillSalesOrderMutation, { id: order.id });
    else if (action === 'CANCEL') void run(CancelSalesOrderMutation, { id: order.id });
    else setDialog(action);
  };

  if (order.actions.length === 0 && !mayInvoice) return null;

  return (
    <Stack gap="xs">
      <Group gap="xs">
        {order.actions.map((action) => (
          <Button
            key={action}
            size="xs"
            variant="light"
            color={colors[action]}
            disabled={isRunning}
            onClick={() => act(action)}
          >
            {t(`orderActions.${action}`)}
          </Button>
        ))}
        {mayInvoice && (
          <Button size="xs" disabled={isRunning} onClick={() => setDialog('CREATE_INVOICE')}>
            {t('orderActions.CREATE_INVOICE')}
          </Button>
        )}
      </Group>
      <RefusalAlert error={error} currency={order.currency} />

      {dialog === 'SET_PROGRESS' && (
        <ProgressDialog salesOrderId={order.id} progress={order.progress} onClose={close} />
      )}
      {dialog === 'MOVE_DEADLINE' && (
        <MoveDeadlineDialog
          target={{ kind: 'salesOrder', id: order.id }}
          deadline={order.deadline}
          onClose={close}
        />
      )}
      {dialog === 'SET_BILLING_PLAN' && (
        <BillingPlanDialog
          salesOrderId={order.id}
          currency={order.currency}
          parts={order.billingPlan}
          onClose={close}
        />
      )}
      {dialog === 'CREATE_INVOICE' && (
        <CreateInvoiceDialog
          order={order}
          isProjectDelivered={isProjectDelivered}
          onClose={close}
        />
      )}
    </Stack>
  );
}
