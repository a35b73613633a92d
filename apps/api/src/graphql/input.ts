import { ArusError, validationError } from '@arus/domain';

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id given as input: one that this API never handed out names nothing (NOT_FOUND). */
export function readId(field: string, id: string, what: string): string {
  if (!UUID.test(id)) {
    throw new ArusError('NOT_FOUND', `No ${what} with id ${id} exists.`, { field });
  }
  return id;
}
