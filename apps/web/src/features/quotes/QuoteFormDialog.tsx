import { Checkbox, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { QuoteRowFragment } from '../../gql/graphql';
import { useMutationRunner } from '../../shared/apollo/useMutationRunner';
import { isDecimal } from '../../shared/form/isDecimal';
import { FormDialog } from '../../shared/ui';
import { CreateQuoteMutation, UpdateQuoteMutation } from './quotes.operations';

type QuoteFormDialogProps = {
  currency: string;
  onClose: () => void;
} & ({ projectId: string; quote?: undefined } | { quote: QuoteRowFragment });

/** Creates a quote for a project, or edits a draft (the API refuses edits of sent quotes). */
export function QuoteFormDialog(props: QuoteFormDialogProps) {
  const { t } = useTranslation();
  const { run, isRunning, error } = useMutationRunner();
  const [total, setTotal] = useState(props.quote?.total ?? '');
  const [validUntil, setValidUntil] = useState(props.quote?.validUntil ?? '');
  const [isDraft, setDraft] = useState(false);
  const [isValidated, setValidated] = useState(false);
  const isEdit = props.quote !== undefined;

  const submit = async () => {
    setValidated(true);
    if (!isDecimal(total) || !validUntil) return;

    const data = props.quote
      ? await run(UpdateQuoteMutation, {
          input: {
            quoteId: props.quote.id,
            version: props.quote.version,
            total: total.trim(),
            validUntil,
          },
        })
      : await run(CreateQuoteMutation, {
          input: { projectId: props.projectId, total: total.trim(), validUntil, asDraft: isDraft },
        });
    if (data) props.onClose();
  };

  return (
    <FormDialog
      opened
      onClose={props.onClose}
      title={isEdit ? t('quoteForm.editTitle') : t('quoteForm.createTitle')}
      submitLabel={isEdit ? t('form.save') : t('quoteForm.create')}
      onSubmit={() => void submit()}
      isRunning={isRunning}
      error={error}
    >
      <TextInput
        label={t('quoteForm.total', { currency: props.currency })}
        inputMode="decimal"
        required
        error={isValidated && !isDecimal(total) ? t('form.decimal') : undefined}
        value={total}
        onChange={(event) => setTotal(event.currentTarget.value)}
      />
      <TextInput
        label={t('quoteForm.validUntil')}
        description={t('quoteForm.validUntilHint')}
        type="date"
        required
        error={isValidated && !validUntil ? t('form.required') : undefined}
        value={validUntil}
        onChange={(event) => setValidUntil(event.currentTarget.value)}
      />
      {!isEdit && (
        <Checkbox
          label={t('quoteForm.asDraft')}
          description={t('quoteForm.asDraftHint')}
          checked={isDraft}
          onChange={(event) => setDraft(event.currentTarget.checked)}
        />
      )}
    </FormDialog>
  );
}
