import type { schema } from '@arus/db';
import { effectiveQuoteStatus, localDateIn, quoteDecidedOn, type Clock } from '@arus/domain';

import type { Viewer } from '../../graphql/context';
import { moneyOut } from '../../graphql/money';
import type { Quote } from './quote.types';

/** A quote row with the time zone of its account, in which its validity is read. */
export type QuoteRow = typeof schema.quotes.$inferSelect & { timeZone: string };

export function toQuote(viewer: Viewer, row: QuoteRow, clock: Clock): Quote {
  const today = localDateIn(row.timeZone, clock.now());
  const status = effectiveQuoteStatus(row.status, row.validUntil, today);
  return {
    id: row.id,
    code: row.code,
    status,
    total: moneyOut(viewer, row.total, row.currency),
    currency: row.currency,
    validUntil: row.validUntil,
    decidedOn: quoteDecidedOn({ status, validUntil: row.validUntil, decidedOn: row.decidedOn }),
    version: row.version,
    today,
    projectId: row.projectId,
  };
}
