import { ActionIcon, Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { PlanPartKind } from '../../gql/graphql';
import { isDecimal } from '../../shared/form/isDecimal';

export interface PlanRowValues {
  kind: PlanPartKind;
  label: string;
  /** A part is a share of what fixed amounts leave, or a fixed amount. */
  basis: 'percentage' | 'amount';
  value: string;
}

const kinds: PlanPartKind[] = ['DEPOSIT', 'MILESTONE', 'RETENTION'];

interface BillingPlanRowProps {
  index: number;
  row: PlanRowValues;
  currency: string;
  isValidated: boolean;
  onChange: (row: PlanRowValues) => void;
  onRemove: () => void;
}

export function BillingPlanRow(props: BillingPlanRowProps) {
  const { t } = useTranslation();
  const { index, row, currency, isValidated, onChange, onRemove } = props;
  const position = index + 1;

  return (
    <Group
      gap="xs"
      align="flex-start"
      wrap="nowrap"
      role="group"
      aria-label={t('billingPlanForm.part', { position })}
    >
      <NativeSelect
        label={t('billingPlan.kind')}
        value={row.kind}
        data={kinds.map((kind) => ({ value: kind, label: t(`billingPlan.kinds.${kind}`) }))}
        onChange={(event) => onChange({ ...row, kind: event.currentTarget.value as PlanPartKind })}
      />
      <TextInput
        label={t('billingPlan.label')}
        style={{ flexGrow: 1 }}
        required
        error={isValidated && !row.label.trim() ? t('form.required') : undefined}
        value={row.label}
        onChange={(event) => onChange({ ...row, label: event.currentTarget.value })}
      />
      <NativeSelect
        label={t('billingPlanForm.basis')}
        value={row.basis}
        data={[
          { value: 'percentage', label: t('billingPlanForm.percentage') },
          { value: 'amount', label: t('billingPlanForm.amount', { currency }) },
        ]}
        onChange={(event) =>
          onChange({ ...row, basis: event.currentTarget.value as PlanRowValues['basis'] })
        }
      />
      <TextInput
        label={t('billingPlanForm.value')}
        w={140}
        inputMode="decimal"
        required
        error={isValidated && !isDecimal(row.value) ? t('form.decimal') : undefined}
        value={row.value}
        onChange={(event) => onChange({ ...row, value: event.currentTarget.value })}
      />
      <ActionIcon
        variant="subtle"
        color="red"
        mt={28}
        aria-label={t('billingPlanForm.remove', { position })}
        onClick={onRemove}
      >
        {t('billingPlanForm.removeMark')}
      </ActionIcon>
    </Group>
  );
}
