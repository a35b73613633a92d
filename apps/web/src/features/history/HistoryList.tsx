import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { AuditEntryFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { useLanguage } from '../../shared/i18n/useLanguage';
import { useAccountTimeZone } from '../../shared/timeZone/AccountTimeZone';
import type { HistoryKind } from './historyQueries';
import { formatHistoryValue, historyFieldName } from './historyValue';

const knownActions = [
  'CREATED',
  'STATUS_CHANGED',
  'UPDATED',
  'DEADLINE_MOVED',
  'PROGRESS_SET',
  'DELIVERED',
  'PLAN_SET',
] as const;

function isKnownAction(action: string): action is (typeof knownActions)[number] {
  return (knownActions as readonly string[]).includes(action);
}

interface HistoryListProps {
  events: AuditEntryFragment[];
  kind: HistoryKind;
  /** The document's currency, in which its money fields changed. */
  currency: string;
}

/** Who did what and when, oldest first as the API sends it, in the account's time zone. */
export function HistoryList({ events, kind, currency }: HistoryListProps) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const timeZone = useAccountTimeZone();
  const show = (event: AuditEntryFragment, value: string | null | undefined) =>
    value == null
      ? t('common.empty')
      : formatHistoryValue(event, value, { kind, currency, locale, t });

  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        {t('history.timeZone', { timeZone })}
      </Text>
      <List size="xs" spacing={4} listStyleType="none" aria-label={t('history.title')}>
        {events.map((event) => {
          const what = isKnownAction(event.action)
            ? t(`history.actions.${event.action}`)
            : event.action;
          const change =
            event.from != null || event.to != null
              ? t('history.change', { from: show(event, event.from), to: show(event, event.to) })
              : null;

          return (
            <List.Item key={event.id}>
              <Text span size="xs" c="dimmed">
                {t('history.when', {
                  when: formatDateTime(event.occurredAt, locale, timeZone),
                  who: event.actor?.name ?? t('history.system'),
                })}
              </Text>{' '}
              <Text span size="xs" fw={600}>
                {event.field
                  ? t('history.whatField', { what, field: historyFieldName(event.field, t) })
                  : what}
              </Text>
              {change && (
                <Text span size="xs">
                  {' '}
                  {change}
                </Text>
              )}
              {event.reason && (
                <Text span size="xs" fs="italic">
                  {' '}
                  {t('history.reason', { reason: event.reason })}
                </Text>
              )}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
