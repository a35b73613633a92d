import { validationError } from '@arus/domain';

const MAX_REASON_LENGTH = 1000;

/** A reason a person must give (a moved deadline, a rejected invoice): trimmed, not empty. */
export function readReason(field: string, text: string | null | undefined): string {
  const reason = text?.trim() ?? '';
  if (reason === '' || reason.length > MAX_REASON_LENGTH) {
    throw validationError(field, `Say why, in 1 to ${MAX_REASON_LENGTH} characters.`);
  }
  return reason;
}

/** A name of a customer or project: trimmed, 1 to 200 characters. */
export function readName(field: string, text: string, what: string): string {
  const name = text.trim();
  if (name === '' || name.length > 200) {
    throw validationError(field, `Give the ${what} a name of 1 to 200 characters.`);
  }
  return name;
}
