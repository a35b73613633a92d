import { and, eq, lt } from 'drizzle-orm';

import { schema, type Database } from '@arus/db';
import { addDays, effectiveQuoteStatus, localDateIn, type Clock } from '@arus/domain';

import { selectQuotes } from './quote.loader';
import { storeQuoteStatus } from './quote.service';

/** No time zone's calendar is more than one day ahead of UTC's (the furthest is UTC+14). */
const MAX_DAYS_AHEAD_OF_UTC = 1;

/**
 * Stores EXPIRED on every ACTIVE quote past its valid-until day in its customer's time zone
 * (until then such a quote already reads EXPIRED). Safe to run from several processes at once:
 * each quote is locked and re-read, and one that another run expired is left alone. Returns how
 * many quotes it expired.
 */
export async function expireQuotes(db: Database, clock: Clock): Promise<number> {
  const now = clock.now();
  // A quote past its day in any zone has valid_until before UTC's today plus one: a coarse
  // filter for the database; the rule itself, in the quote's own zone, is applied per quote.
  const candidates = await db
    .select({ id: schema.quotes.id })
    .from(schema.quotes)
    .where(
      and(
        eq(schema.quotes.status, 'ACTIVE'),
        lt(schema.quotes.validUntil, addDays(localDateIn('UTC', now), MAX_DAYS_AHEAD_OF_UTC)),
      ),
    );

  let expired = 0;
  for (const { id } of candidates) {
    await db.transaction(async (tx) => {
      const [quote] = await selectQuotes(
        tx,
        and(eq(schema.quotes.id, id), eq(schema.quotes.status, 'ACTIVE'))!,
        true,
      );
      if (!quote) return;
      const today = localDateIn(quote.timeZone, clock.now());
      if (effectiveQuoteStatus(quote.status, quote.validUntil, today) !== 'EXPIRED') return;
      await storeQuoteStatus(tx, clock, null, quote, 'EXPIRED', addDays(quote.validUntil, 1));
      expired += 1;
    });
  }
  return expired;
}
