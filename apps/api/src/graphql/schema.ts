import 'reflect-metadata';

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';

import { ROOT_DIR } from '../config';
import { AccessResolver } from '../modules/access/access.resolver';
import { AuditEventResolver } from '../modules/audit/audit.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { CustomerResolver } from '../modules/customers/customer.resolver';
import { DashboardResolver } from '../modules/dashboard/dashboard.resolver';
import { KpisResolver } from '../modules/dashboard/kpis.resolver';
import { InvoiceResolver } from '../modules/invoices/invoice.resolver';
import {
  BillingPlanPartResolver,
  SalesOrderResolver,
} from '../modules/orders/sales-order.resolver';
import { ProjectResolver } from '../modules/projects/project.resolver';
import { AcceptQuotePayloadResolver, QuoteResolver } from '../modules/quotes/quote.resolver';
import { ApiTokenResolver } from '../modules/tokens/api-token.resolver';
import { UserResolver } from '../modules/users/user.resolver';

/** The checked-in SDL that partner apps, BI users and the SPA's code generator read. */
export const SCHEMA_FILE = path.join(ROOT_DIR, 'apps/api/schema.graphql');

let built: Promise<GraphQLSchema> | undefined;

export function buildArusSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      AccessResolver,
      AuditEventResolver,
      AuthResolver,
      CustomerResolver,
      ProjectResolver,
      QuoteResolver,
      AcceptQuotePayloadResolver,
      SalesOrderResolver,
      BillingPlanPartResolver,
      InvoiceResolver,
      DashboardResolver,
      KpisResolver,
      UserResolver,
      ApiTokenResolver,
    ],
    validate: false,
  });
  return built;
}

export async function printArusSchema(): Promise<string> {
  const header = '# Generated from the API code by `pnpm schema`; do not edit by hand.\n\n';
  return `${header}${printSchema(lexicographicSortSchema(await buildArusSchema()))}\n`;
}

export async function writeSchemaFile(): Promise<void> {
  await writeFile(SCHEMA_FILE, await printArusSchema());
}

export async function readSchemaFile(): Promise<string> {
  return readFile(SCHEMA_FILE, 'utf8');
}
