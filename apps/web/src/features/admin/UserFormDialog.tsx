import { NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { PasswordLinkDetailsFragment, Role, UserRowFragment } from '../../gql/graphql';
import { useMutationRunner } from '../../shared/apollo/useMutationRunner';
import { FormDialog } from '../../shared/ui';
import { CreateUserMutation, UpdateUserMutation } from './admin.operations';
import { roles } from './roles';

type UserFormDialogProps = {
  onClose: () => void;
} & (
  | {
      user?: undefined;
      /** A new user has no password yet: the link to set one is shown right after. */
      onCreated: (user: UserRowFragment, link: PasswordLinkDetailsFragment) => void;
    }
  | { user: UserRowFragment; onCreated?: undefined }
);

/** Invites a user (e-mail, name, role), or renames one or changes their role. */
export function UserFormDialog(props: UserFormDialogProps) {
  const { t } = useTranslation();
  const { run, isRunning, error } = useMutationRunner();
  const [email, setEmail] = useState('');
  const [name, setName] = useState(props.user?.name ?? '');
  const [role, setRole] = useState<Role>(props.user?.role ?? 'SALES');
  const [isValidated, setValidated] = useState(false);
  const isEdit = props.user !== undefined;

  const required = (value: string) =>
    isValidated && !value.trim() ? t('form.required') : undefined;

  const submit = async () => {
    setValidated(true);
    if (!name.trim() || (!isEdit && !email.trim())) return;

    if (props.user) {
      const data = await run(UpdateUserMutation, {
        input: { userId: props.user.id, name: name.trim(), role },
      });
      if (data) props.onClose();
      return;
    }

    const data = await run(
      CreateUserMutation,
      { input: { email: email.trim(), name: name.trim(), role } },
      { awaitRefetch: false },
    );
    const link = data?.createUser.passwordLink;
    if (data && link) props.onCreated(data.createUser.user, link);
    else if (data) props.onClose();
  };

  return (
    <FormDialog
      opened
      onClose={props.onClose}
      title={isEdit ? t('admin.userForm.editTitle') : t('admin.userForm.createTitle')}
      submitLabel={isEdit ? t('form.save') : t('admin.userForm.create')}
      onSubmit={() => void submit()}
      isRunning={isRunning}
      error={error}
    >
      {!isEdit && (
        <TextInput
          label={t('admin.userForm.email')}
          type="email"
          required
          error={required(email)}
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
        />
      )}
      <TextInput
        label={t('admin.userForm.name')}
        required
        error={required(name)}
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
      />
      <NativeSelect
        label={t('admin.userForm.role')}
        value={role}
        data={roles.map((value) => ({ value, label: t(`role.${value}`) }))}
        onChange={(event) => setRole(event.currentTarget.value as Role)}
      />
    </FormDialog>
  );
}
