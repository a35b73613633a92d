import { Collapse, Stack } from '@mantine/core';
import { useState } from 'react';

import type { HistoryKind } from './historyQueries';
import { HistoryPanel } from './HistoryPanel';
import { HistoryToggle } from './HistoryToggle';

/** A collapsed history under a card; table rows place the toggle and the panel themselves. */
interface DocumentHistoryProps {
  kind: HistoryKind;
  id: string;
  currency: string;
}

export function DocumentHistory({ kind, id, currency }: DocumentHistoryProps) {
  const [expanded, setExpanded] = useState(false);

  return (
    <Stack gap={4} align="flex-start">
      <HistoryToggle expanded={expanded} onToggle={() => setExpanded(!expanded)} />
      <Collapse expanded={expanded}>
        {expanded && <HistoryPanel kind={kind} id={id} currency={currency} />}
      </Collapse>
    </Stack>
  );
}
