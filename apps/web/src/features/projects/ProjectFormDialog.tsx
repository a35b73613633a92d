import { TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useMutationRunner } from '../../shared/apollo/useMutationRunner';
import { isDecimal } from '../../shared/form/isDecimal';
import { useVersionedValues } from '../../shared/form/useVersionedValues';
import { FormDialog } from '../../shared/ui';
import { CreateProjectMutation, UpdateProjectMutation } from './projects.operations';

export interface EditableProject {
  id: string;
  name: string;
  deadline: string;
  budget?: string | null;
  deliveryCost?: string | null;
  scopeNote?: string | null;
  documentLinks: string[];
  version: number;
}

type ProjectFormDialogProps = {
  currency: string;
  onClose: () => void;
} & ({ customerId: string; project?: undefined } | { project: EditableProject });

interface Values {
  name: string;
  deadline: string;
  budget: string;
  deliveryCost: string;
  scopeNote: string;
  documentLinks: string;
}

function valuesOf(project: EditableProject | undefined): Values {
  return {
    name: project?.name ?? '',
    deadline: project?.deadline ?? '',
    budget: project?.budget ?? '',
    deliveryCost: project?.deliveryCost ?? '',
    scopeNote: project?.scopeNote ?? '',
    documentLinks: project?.documentLinks.join('\n') ?? '',
  };
}

// One link per line keeps the form a plain text field; blank lines are not links.
function linksOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function moneyError(value: string): boolean {
  return value.trim() !== '' && !isDecimal(value);
}

// A new project has no version yet; nothing else can have saved it in the meantime.
const unsaved = { version: 0 };

/** Creates a project for a customer, or edits one; the deadline is moved with its own dialog. */
export function ProjectFormDialog(props: ProjectFormDialogProps) {
  const { t } = useTranslation();
  const { run, isRunning, error, reset } = useMutationRunner();
  const form = useVersionedValues<{ version: number }, Values>(
    props.project ?? unsaved,
    () => valuesOf(props.project),
    { onReloaded: reset },
  );
  const { values, setValues } = form;
  const [isValidated, setValidated] = useState(false);
  const isEdit = props.project !== undefined;

  const field = (name: keyof Values) => ({
    value: values[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setValues({ ...values, [name]: event.currentTarget.value }),
  });
  const required = (value: string) =>
    isValidated && !value.trim() ? t('form.required') : undefined;
  const money = (value: string) =>
    isValidated && moneyError(value) ? t('form.decimal') : undefined;

  const submit = async () => {
    setValidated(true);
    const isInvalid =
      !values.name.trim() ||
      (!isEdit && !values.deadline) ||
      moneyError(values.budget) ||
      moneyError(values.deliveryCost);
    if (isInvalid) return;

    const shared = {
      name: values.name.trim(),
      budget: values.budget.trim() || null,
      deliveryCost: values.deliveryCost.trim() || null,
      scopeNote: values.scopeNote.trim() || null,
      documentLinks: linksOf(values.documentLinks),
    };
    const data = props.project
      ? await run(UpdateProjectMutation, {
          input: { projectId: props.project.id, version: form.version, ...shared },
        })
      : await run(CreateProjectMutation, {
          input: { customerId: props.customerId, deadline: values.deadline, ...shared },
        });
    if (data) props.onClose();
  };

  return (
    <FormDialog
      opened
      onClose={props.onClose}
      title={isEdit ? t('projectForm.editTitle') : t('projectForm.createTitle')}
      submitLabel={isEdit ? t('form.save') : t('projectForm.create')}
      onSubmit={() => void submit()}
      isRunning={isRunning}
      error={form.reloadError ?? error}
      onReload={isEdit ? () => void form.reload() : undefined}
      isReloading={form.isReloading}
    >
      <TextInput
        label={t('projectForm.name')}
        required
        error={required(values.name)}
        {...field('name')}
      />
      {!isEdit && (
        <TextInput
          label={t('projectForm.deadline')}
          type="date"
          required
          error={required(values.deadline)}
          {...field('deadline')}
        />
      )}
      <TextInput
        label={t('projectForm.budget', { currency: props.currency })}
        inputMode="decimal"
        error={money(values.budget)}
        {...field('budget')}
      />
      <TextInput
        label={t('projectForm.deliveryCost', { currency: props.currency })}
        inputMode="decimal"
        error={money(values.deliveryCost)}
        {...field('deliveryCost')}
      />
      <Textarea label={t('projectForm.scopeNote')} {...field('scopeNote')} />
      <Textarea
        label={t('projectForm.documentLinks')}
        description={t('projectForm.documentLinksHint')}
        rows={3}
        {...field('documentLinks')}
      />
    </FormDialog>
  );
}
