import type { Database } from '@arus/db';
import { seedDemoData, type DemoSummary } from '@arus/db/demo';
import { localDateIn, type Clock } from '@arus/domain';

import { hashPassword } from './modules/auth/password';

/** The password of every demo sign-in (admin@demo.arus, am1@demo.arus, …). */
export const DEMO_PASSWORD = 'arus-demo';

/** The demo company's time zone, in which its "today" is read. */
const DEMO_TIME_ZONE = 'Asia/Jakarta';

/** Fills an empty database with the demo portfolio, dated relative to today (or `today`). */
export async function loadDemoData(
  db: Database,
  clock: Clock,
  options: { scale?: number; today?: string } = {},
): Promise<DemoSummary> {
  return seedDemoData(db, {
    today: options.today ?? localDateIn(DEMO_TIME_ZONE, clock.now()),
    scale: options.scale ?? 1,
    passwordHash: await hashPassword(DEMO_PASSWORD),
  });
}
