import { createHash, randomBytes } from 'node:crypto';

/**
 * Sessions, API tokens and password links are bearer secrets: 32 random bytes handed out once.
 * Only their SHA-256 is stored, so a copy of the database opens nothing. A fast hash is enough
 * here, unlike for passwords, because the secrets are random and too long to guess.
 */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
