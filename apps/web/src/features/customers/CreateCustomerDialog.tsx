import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { useMutationRunner } from '../../shared/apollo/useMutationRunner';
import { FormDialog } from '../../shared/ui';
import { useViewer } from '../auth/useViewer';
import { CreateCustomerMutation } from './customers.operations';
import { CustomerFields, type CustomerFieldValues } from './CustomerFields';

interface CreateCustomerDialogProps {
  opened: boolean;
  onClose: () => void;
}

const blank: CustomerFieldValues = { name: '', email: '', taxId: '', timeZone: 'Asia/Jakarta' };

export function CreateCustomerDialog({ opened, onClose }: CreateCustomerDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const viewer = useViewer();
  const { run, isRunning, error, reset } = useMutationRunner();
  const [values, setValues] = useState(blank);
  const [currency, setCurrency] = useState('IDR');
  // There is no query listing users yet, so the owner is typed as an id; an account manager
  // creating a customer owns it by default.
  const [accountManagerId, setAccountManagerId] = useState(
    viewer?.role === 'ACCOUNT_MANAGER' ? viewer.id : '',
  );
  const [isValidated, setValidated] = useState(false);

  const close = () => {
    reset();
    setValidated(false);
    onClose();
  };

  const submit = async () => {
    setValidated(true);
    if (!values.name.trim() || !accountManagerId.trim()) return;

    const data = await run(CreateCustomerMutation, {
      input: {
        name: values.name.trim(),
        email: values.email.trim() || null,
        taxId: values.taxId.trim() || null,
        timeZone: values.timeZone.trim(),
        currency: currency.trim().toUpperCase(),
        accountManagerId: accountManagerId.trim(),
      },
    });
    if (!data) return;

    close();
    setValues(blank);
    await navigate(`/customers/${encodeURIComponent(data.createCustomer.customer.code)}`);
  };

  return (
    <FormDialog
      opened={opened}
      onClose={close}
      title={t('customerForm.createTitle')}
      submitLabel={t('customerForm.create')}
      onSubmit={() => void submit()}
      isRunning={isRunning}
      error={error}
    >
      <CustomerFields
        values={values}
        onChange={setValues}
        nameError={isValidated && !values.name.trim() ? t('form.required') : undefined}
      />
      <TextInput
        label={t('customerForm.currency')}
        description={t('customerForm.currencyHint')}
        required
        value={currency}
        onChange={(event) => setCurrency(event.currentTarget.value)}
      />
      <TextInput
        label={t('customerForm.accountManagerId')}
        description={t('customerForm.accountManagerIdHint')}
        required
        error={isValidated && !accountManagerId.trim() ? t('form.required') : undefined}
        value={accountManagerId}
        onChange={(event) => setAccountManagerId(event.currentTarget.value)}
      />
    </FormDialog>
  );
}
