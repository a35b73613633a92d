import { createHash } from 'node:crypto';

import type { LocalDate } from '@arus/domain';

/**
 * Demo rows get name-based UUIDs (version 5, RFC 9562) of their code, or of the e-mail for
 * users, instead of the database's random ones: two seeds with the same `today` and scale then
 * produce byte-identical rows, and a bug report or a test can name a demo row by its code.
 * The namespace is fixed for Arus demo data and must never change.
 */
const DEMO_NAMESPACE = Buffer.from('6f1c2a4e8b3d4c7a9e5f0b1d2c3a4e5f', 'hex');

export function demoId(name: string): string {
  const digest = createHash('sha1').update(DEMO_NAMESPACE).update(name, 'utf8').digest();
  const bytes = digest.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join('-');
}

/**
 * created_at and updated_at must not default to the seeding moment, or two seeds would differ.
 * A row's day is its business date at 09:00 in Jakarta, plus `minutes` so that rows of one day
 * spread over office hours.
 */
export function demoInstant(day: LocalDate, minutes: number): Date {
  return new Date(Date.parse(`${day}T02:00:00Z`) + (minutes % 480) * 60_000);
}
