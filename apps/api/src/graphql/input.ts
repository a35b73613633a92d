import { ArusError, validationError } from '@arus/domain';

const MAX_REASON_LENGTH = 1000;

/** A reason a person must give (a moved deadline, a rejected invoice): trimmed, not empty. */
export function readReason(field: string, text: string | null | undefined): string {
  const reason = readText(field, text ?? '', MAX_REASON_LENGTH);
  if (reason === '') {
    throw validationError(field, `Say why, in 1 to ${MAX_REASON_LENGTH} characters.`);
  }
  return reason;
}

/**
 * Control and formatting characters (NUL, right-to-left overrides) make text that reads one way
 * and is stored another; people's text never needs them, line breaks aside.
 */
const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}]/u;

/** Free text a person typed: trimmed, at most `max` characters, no hidden characters. */
export function readText(field: string, text: string, max: number): string {
  const value = text.trim();
  if (value.length > max) {
    throw validationError(field, `Keep this to ${max} characters; it has ${value.length}.`);
  }
  if (HIDDEN_CHARACTERS.test(value.replace(/[\n\r\t]/g, ''))) {
    throw validationError(field, 'Remove the invisible control characters from this text.');
  }
  return value;
}

/** A name of a customer or project: 1 to 200 characters on one line. */
export function readName(field: string, text: string, what: string): string {
  const name = readText(field, text, 200);
  if (name === '' || /[\n\r\t]/.test(name)) {
    throw validationError(field, `Give the ${what} a name of 1 to 200 characters on one line.`);
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
