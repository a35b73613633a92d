import { Button, CopyButton, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface SecretFieldProps {
  label: string;
  value: string;
}

/** A value shown once for someone to copy and hand over: read-only, selected on focus. */
export function SecretField({ label, value }: SecretFieldProps) {
  const { t } = useTranslation();

  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <TextInput
        label={label}
        value={value}
        readOnly
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        style={{ flexGrow: 1 }}
        onFocus={(event) => event.currentTarget.select()}
      />
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button
            variant={copied ? 'filled' : 'light'}
            color={copied ? 'teal' : 'blue'}
            onClick={copy}
          >
            {copied ? t('admin.copied') : t('admin.copy')}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}
