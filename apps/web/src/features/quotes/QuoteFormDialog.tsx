import { Checkbox, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { QuoteRowFragment } from '../../gql/graphql';
import { useMutationRunner } from '../../shared/apollo/useMutationRunner';
import { isDecimal } from '../../shared/form/isDecimal';
import { useVersionedValues } from '../../shared/form/useVersionedValues';
import { FormDialog } from '../../shared/ui';
import { CreateQuoteMutation, UpdateQuoteMutation } from './quotes.operations';

type QuoteFormDialogProps = {
  currency: string;
  onClose: () => void;
} & ({ projectId: string; quote?: undefined } | { quote: QuoteRowFragment });

/** Creates a quote for a project, or edits a draft (the API refuses edits of sent quotes). */
export function QuoteFormDialog(props: QuoteFormDialogProps) {
  if (props.quote) return <EditQuoteDialog {...props} quote={props.quote} />;

  return <CreateQuoteDialog {...props} projectId={props.projectId} />;
}

interface QuoteValues {
  total: string;
  validUntil: string;
}

function valuesOf(quote: QuoteRowFragment): QuoteValues {
  return { total: quote.total ?? '', validUntil: quote.validUntil };
}

function EditQuoteDialog(props: {
  quote: QuoteRowFragment;
  currency: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { run, isRunning, error, reset } = useMutationRunner();
  const form = useVersionedValues(props.quote, valuesOf, { onReloaded: reset });
  const [isValidated, setValidated] = useState(false);
  const { total, validUntil } = form.values;

  const submit = async () => {
    setValidated(true);
    if (!isDecimal(total) || !validUntil) return;

    const data = await run(UpdateQuoteMutation, {
      input: { quoteId: props.quote.id, version: form.version, total: total.trim(), validUntil },
    });
    if (data) props.onClose();
  };

  return (
    <FormDialog
      opened
      onClose={props.onClose}
      title={t('quoteForm.editTitle')}
      submitLabel={t('form.save')}
      onSubmit={() => void submit()}
      isRunning={isRunning}
      error={form.reloadError ?? error}
      onReload={() => void form.reload()}
      isReloading={form.isReloading}
    >
      <QuoteFields
        currency={props.currency}
        values={form.values}
        onChange={form.setValues}
        isValidated={isValidated}
      />
    </FormDialog>
  );
}

function CreateQuoteDialog(props: { projectId: string; currency: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { run, isRunning, error } = useMutationRunner();
  const [values, setValues] = useState<QuoteValues>({ total: '', validUntil: '' });
  const [isDraft, setDraft] = useState(false);
  const [isValidated, setValidated] = useState(false);
  const { total, validUntil } = values;

  const submit = async () => {
    setValidated(true);
    if (!isDecimal(total) || !validUntil) return;

    const data = await run(CreateQuoteMutation, {
      input: { projectId: props.projectId, total: total.trim(), validUntil, asDraft: isDraft },
    });
    if (data) props.onClose();
  };

  return (
    <FormDialog
      opened
      onClose={props.onClose}
      title={t('quoteForm.createTitle')}
      submitLabel={t('quoteForm.create')}
      onSubmit={() => void submit()}
      isRunning={isRunning}
      error={error}
    >
      <QuoteFields
        currency={props.currency}
        values={values}
        onChange={setValues}
        isValidated={isValidated}
      />
      <Checkbox
        label={t('quoteForm.asDraft')}
        description={t('quoteForm.asDraftHint')}
        checked={isDraft}
        onChange={(event) => setDraft(event.currentTarget.checked)}
      />
    </FormDialog>
  );
}

interface QuoteFieldsProps {
  currency: string;
  values: QuoteValues;
  onChange: (values: QuoteValues) => void;
  isValidated: boolean;
}

function QuoteFields({ currency, values, onChange, isValidated }: QuoteFieldsProps) {
  const { t } = useTranslation();
  const { total, validUntil } = values;

  return (
    <>
      <TextInput
        label={t('quoteForm.total', { currency })}
        inputMode="decimal"
        required
        error={isValidated && !isDecimal(total) ? t('form.decimal') : undefined}
        value={total}
        onChange={(event) => onChange({ ...values, total: event.currentTarget.value })}
      />
      <TextInput
        label={t('quoteForm.validUntil')}
        description={t('quoteForm.validUntilHint')}
        type="date"
        required
        error={isValidated && !validUntil ? t('form.required') : undefined}
        value={validUntil}
        onChange={(event) => onChange({ ...values, validUntil: event.currentTarget.value })}
      />
    </>
  );
}
