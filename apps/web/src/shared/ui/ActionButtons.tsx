import { Button, Group } from '@mantine/core';

interface ActionButtonsProps<A extends string> {
  /** The moves the API offers now, in its order. */
  actions: readonly A[];
  colors: Readonly<Record<A, string>>;
  label(action: A): string;
  disabled: boolean;
  onAct(action: A): void;
}

/** One small button per move a document allows, and nothing else. */
export function ActionButtons<A extends string>({
  actions,
  colors,
  label,
  disabled,
  onAct,
}: ActionButtonsProps<A>) {
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      {actions.map((action) => (
        <Button
          key={action}
          size="compact-xs"
          variant="light"
          color={colors[action]}
          disabled={disabled}
          onClick={() => onAct(action)}
        >
          {label(action)}
        </Button>
      ))}
    </Group>
  );
}
