import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface CustomerFieldValues {
  name: string;
  email: string;
  taxId: string;
  timeZone: string;
}

interface CustomerFieldsProps {
  values: CustomerFieldValues;
  onChange: (values: CustomerFieldValues) => void;
  nameError?: string;
}

/** The fields a customer has both when created and when edited. */
export function CustomerFields({ values, onChange, nameError }: CustomerFieldsProps) {
  const { t } = useTranslation();

  const field = (name: keyof CustomerFieldValues) => ({
    value: values[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) =>
      onChange({ ...values, [name]: event.currentTarget.value }),
  });

  return (
    <>
      <TextInput label={t('customerForm.name')} required error={nameError} {...field('name')} />
      <TextInput label={t('customerForm.email')} type="email" {...field('email')} />
      <TextInput label={t('customerForm.taxId')} {...field('taxId')} />
      <TextInput
        label={t('customerForm.timeZone')}
        description={t('customerForm.timeZoneHint')}
        required
        {...field('timeZone')}
      />
    </>
  );
}
