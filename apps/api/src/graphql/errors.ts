import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';

import { ArusError, type ErrorCode } from '@arus/domain';

import { isMalformedValue } from './pg-errors';

/** Codes graphql-js and Apollo raise before a resolver runs; they are all bad input to us. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'VALIDATION',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** The HTTP-independent kind of failure; one line per code so that a new code must be placed. */
function isClientError(code: ErrorCode): boolean {
  switch (code) {
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'VALIDATION':
    case 'INVALID_TRANSITION':
    case 'QUOTE_EXPIRED':
    case 'OVERBILLED':
    case 'DUPLICATE':
    case 'CONFLICT':
    case 'RATE_LIMITED':
      return true;
    default: {
      const unmapped: never = code;
      throw new Error(`Error code ${String(unmapped)} is not mapped`);
    }
  }
}

/**
 * Turns every error into what a client may see: ArusErrors keep their code, message and
 * details; request errors become VALIDATION; anything else is logged once with the request id
 * and masked, since Apollo would otherwise pass raw PostgreSQL text to the client.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  context: { requestId: string; log: Logger },
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ArusError && isClientError(original.code)) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { ...original.details, code: original.code },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'VALIDATION' },
    };
  }
  // Refusals raised before execution (sign-in, unreadable results) carry their code already.
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') return formatted;
  // Ids are opaque: one that was never handed out is simply not found, whatever its form.
  if (isMalformedValue(original)) {
    return {
      message:
        'An id in this request is not one this API handed out; nothing was found or changed.',
      path: formatted.path,
      extensions: { code: 'NOT_FOUND' },
    };
  }
  context.log.error({ err: original, path: formatted.path }, 'request failed');
  return {
    message: `Something went wrong on our side. Quote request id ${context.requestId} when you report it.`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: context.requestId },
  };
}
