import { GraphQLError } from 'graphql';
import pino from 'pino';
import { describe, expect, it } from 'vitest';

import { ArusError } from '@arus/domain';

import { formatError } from './errors';

function capturingLog() {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: 'error' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { log, lines };
}

function resolverError(original: Error): GraphQLError {
  return new GraphQLError(original.message, { path: ['customer'], originalError: original });
}

describe('formatError', () => {
  it('hides an unexpected error behind the request id and logs it once', () => {
    const { log, lines } = capturingLog();
    const leak = new Error('duplicate key value violates unique constraint "users_secret_key"');

    const formatted = formatError(
      { message: leak.message, path: ['customer'] },
      resolverError(leak),
      { requestId: 'req-42', log },
    );

    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' });
    expect(formatted.message).toContain('req-42');
    expect(formatted.message).not.toContain('users_secret_key');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'request failed', err: { message: leak.message } });
  });

  it('keeps the code, message and details of an ArusError', () => {
    const { log, lines } = capturingLog();
    const refusal = new ArusError('OVERBILLED', 'Order SO-2026-00001 has 1.00 IDR left.', {
      billable: '1.00',
    });

    const formatted = formatError(
      { message: refusal.message, path: ['createInvoice'] },
      resolverError(refusal),
      { requestId: 'req-43', log },
    );

    expect(formatted).toMatchObject({
      message: 'Order SO-2026-00001 has 1.00 IDR left.',
      extensions: { code: 'OVERBILLED', billable: '1.00' },
    });
    expect(lines).toHaveLength(0);
  });

  it('reports a query that does not parse as VALIDATION', () => {
    const { log } = capturingLog();

    const formatted = formatError(
      { message: 'Syntax Error: Expected Name', extensions: { code: 'GRAPHQL_PARSE_FAILED' } },
      new GraphQLError('Syntax Error: Expected Name'),
      { requestId: 'req-44', log },
    );

    expect(formatted.extensions).toEqual({ code: 'VALIDATION' });
  });
});
