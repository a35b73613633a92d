import { Card, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface KpiCardProps {
  title: string;
  explanation: string;
  children: ReactNode;
}

export function KpiCard({ title, explanation, children }: KpiCardProps) {
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
      <Stack gap="xs" h="100%">
        <Text size="sm" fw={600} c="dimmed">
          {title}
        </Text>
        <Stack gap={4} style={{ flexGrow: 1 }}>
          {children}
        </Stack>
        <Text size="xs" c="dimmed">
          {explanation}
        </Text>
      </Stack>
    </Card>
  );
}
