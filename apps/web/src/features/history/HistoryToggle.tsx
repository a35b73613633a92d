import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface HistoryToggleProps {
  expanded: boolean;
  onToggle: () => void;
}

export function HistoryToggle({ expanded, onToggle }: HistoryToggleProps) {
  const { t } = useTranslation();

  return (
    <Button size="compact-xs" variant="subtle" aria-expanded={expanded} onClick={onToggle}>
      {expanded ? t('history.hide') : t('history.show')}
    </Button>
  );
}
