/**
 * The one error type of Arus. Its codes are a closed set: the API maps each of them to a
 * GraphQL error by an exhaustive switch, so a new code fails type-checking until it is mapped.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION'
  | 'INVALID_TRANSITION'
  | 'QUOTE_EXPIRED'
  | 'OVERBILLED'
  | 'DUPLICATE'
  | 'CONFLICT'
  | 'RATE_LIMITED';

/** Machine-readable details that travel to the client in `extensions`. */
export type ErrorDetails = Record<string, string | number | boolean | null>;

export class ArusError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'ArusError';
  }
}

export function validationError(field: string, message: string): ArusError {
  return new ArusError('VALIDATION', message, { field });
}

export function notFound(entity: string, id: string): ArusError {
  return new ArusError('NOT_FOUND', `No ${entity} with id ${id} exists, or it was removed.`, {
    entity,
  });
}
