import { useTranslation } from 'react-i18next';

import { useMutationRunner } from '../../shared/apollo/useMutationRunner';
import { useVersionedValues } from '../../shared/form/useVersionedValues';
import { FormDialog } from '../../shared/ui';
import { UpdateCustomerMutation } from './customers.operations';
import { CustomerFields, type CustomerFieldValues } from './CustomerFields';

export interface EditableCustomer {
  id: string;
  name: string;
  email?: string | null;
  taxId?: string | null;
  timeZone: string;
  version: number;
}

interface EditCustomerDialogProps {
  customer: EditableCustomer;
  opened: boolean;
  onClose: () => void;
}

function valuesOf(customer: EditableCustomer): CustomerFieldValues {
  return {
    name: customer.name,
    email: customer.email ?? '',
    taxId: customer.taxId ?? '',
    timeZone: customer.timeZone,
  };
}

export function EditCustomerDialog({ customer, opened, onClose }: EditCustomerDialogProps) {
  const { t } = useTranslation();
  const { run, isRunning, error, reset } = useMutationRunner();
  const form = useVersionedValues(customer, valuesOf, { onReloaded: reset });
  const { values } = form;

  const close = () => {
    reset();
    onClose();
  };

  const submit = async () => {
    if (!values.name.trim()) return;

    const data = await run(UpdateCustomerMutation, {
      input: {
        customerId: customer.id,
        // The version the values were read from: the API answers CONFLICT if someone saved since.
        version: form.version,
        name: values.name.trim(),
        email: values.email.trim() || null,
        taxId: values.taxId.trim() || null,
        timeZone: values.timeZone.trim(),
      },
    });
    if (data) onClose();
  };

  return (
    <FormDialog
      opened={opened}
      onClose={close}
      title={t('customerForm.editTitle')}
      submitLabel={t('form.save')}
      onSubmit={() => void submit()}
      isRunning={isRunning}
      error={form.reloadError ?? error}
      onReload={() => void form.reload()}
      isReloading={form.isReloading}
    >
      <CustomerFields
        values={values}
        onChange={form.setValues}
        nameError={!values.name.trim() ? t('form.required') : undefined}
      />
    </FormDialog>
  );
}
