import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { useMutationRunner } from '../../shared/apollo/useMutationRunner';
import { FormDialog } from '../../shared/ui';
import { useViewer } from '../auth/useViewer';
import { AccountManagerSelect } from './AccountManagerSelect';
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
  const [chosenOwnerId, setAccountManagerId] = useState('');
  // An account manager creating a customer owns it; others choose the owner.
  const accountManagerId = viewer?.role === 'ACCOUNT_MANAGER' ? viewer.id : chosenOwnerId;
  const [isValidated, setValidated] = useState(false);

  const close = () => {
    reset();
    setValidated(false);
    onClose();
  };

  const submit = async () => {
    setValidated(true);
    if (!values.name.trim() || !accountManagerId) return;

    const data = await run(CreateCustomerMutation, {
      input: {
        name: values.name.trim(),
        email: values.email.trim() || null,
        taxId: values.taxId.trim() || null,
        timeZone: values.timeZone.trim(),
        currency: currency.trim().toUpperCase(),
        accountManagerId,
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
      <AccountManagerSelect
        value={accountManagerId}
        onChange={setAccountManagerId}
        error={isValidated && !accountManagerId ? t('form.required') : undefined}
      />
    </FormDialog>
  );
}
