import { describe, expect, it } from 'vitest';

import { printArusSchema, readSchemaFile } from './schema';

describe('schema.graphql', () => {
  it('is the SDL the code generates (run `pnpm schema` after changing the API)', async () => {
    expect(await readSchemaFile()).toBe(await printArusSchema());
  });

  it('keeps the public names partner apps rely on', async () => {
    const sdl = await printArusSchema();

    for (const name of [
      'enum QuoteStatus',
      'enum SalesOrderStatus',
      'enum InvoiceStatus',
      'enum Role',
      'scalar Decimal',
      'scalar LocalDate',
      'type CustomerConnection',
      'acceptQuote(id: ID!): AcceptQuotePayload!',
      'rejectInvoice(id: ID!, reason: String!): InvoicePayload!',
      'login(email: String!, password: String!): LoginPayload!',
    ]) {
      expect(sdl).toContain(name);
    }
  });
});
