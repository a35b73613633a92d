import { schema, type Executor } from '@arus/db';
import { localDateIn, type Clock, type LocalDate, type Period } from '@arus/domain';

/** Used until an admin has saved the company's own settings. */
const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

export async function companyTimeZone(db: Executor): Promise<string> {
  const [row] = await db
    .select({ timeZone: schema.companySettings.timeZone })
    .from(schema.companySettings);
  return row?.timeZone ?? DEFAULT_TIME_ZONE;
}

export async function companyToday(db: Executor, clock: Clock): Promise<LocalDate> {
  return localDateIn(await companyTimeZone(db), clock.now());
}

/** The default reporting period: the current calendar year in the company's time zone. */
export async function currentYear(db: Executor, clock: Clock): Promise<Period> {
  const year = (await companyToday(db, clock)).slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}
