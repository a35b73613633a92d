import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { AuditEntryFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { useLanguage } from '../../shared/i18n/useLanguage';

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

/** Who did what and when, oldest first as the API sends it. */
export function HistoryList({ events }: { events: AuditEntryFragment[] }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();

  return (
    <List size="xs" spacing={4} listStyleType="none" aria-label={t('history.title')}>
      {events.map((event) => {
        const what = isKnownAction(event.action)
          ? t(`history.actions.${event.action}`)
          : event.action;
        const change =
          event.from != null || event.to != null
            ? t('history.change', {
                from: event.from ?? t('common.empty'),
                to: event.to ?? t('common.empty'),
              })
            : null;

        return (
          <List.Item key={event.id}>
            <Text span size="xs" c="dimmed">
              {t('history.when', {
                when: formatDateTime(event.occurredAt, locale),
                who: event.actor?.name ?? t('history.system'),
              })}
            </Text>{' '}
            <Text span size="xs" fw={600}>
              {event.field ? t('history.whatField', { what, field: event.field }) : what}
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
  );
}
