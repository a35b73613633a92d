import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';

import {
  FREED_INVOICE_STATUSES,
  INVOICE_STATUSES,
  PLAN_PART_KINDS,
  QUOTE_STATUSES,
  ROLES,
  SALES_ORDER_STATUSES,
  WRITE_RIGHTS,
} from '@arus/domain';

/**
 * Money is `numeric(19, 4)`: exact, with room for every ISO 4217 minor unit. The API reads and
 * writes it through @arus/domain's money functions, which hold each value to its currency's unit.
 */
const money = (name: string) => numeric(name, { precision: 19, scale: 4 });

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** Optimistic-locking counter of every row a person can edit; bumped by each update. */
const version = integer('version').notNull().default(1);

/** The one company this deployment serves; a single row, edited by an admin. */
export const companySettings = pgTable(
  'company_settings',
  {
    id: integer('id').primaryKey().default(1),
    name: text('name').notNull(),
    timeZone: text('time_zone').notNull(),
    reportingCurrency: text('reporting_currency').notNull(),
    reminderDays: integer('reminder_days').notNull().default(7),
    version,
    ...timestamps,
  },
  (t) => [check('company_settings_single_row_check', sql`${t.id} = 1`)],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    passwordHash: text('password_hash').notNull(),
    isActive: boolean('is_active').notNull().default(true),
    version,
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    check('users_role_check', sql`${t.role} in (${inList(ROLES)})`),
  ],
);

/**
 * Browser sessions and API tokens alike. Only a SHA-256 of the secret is kept, so a stolen
 * database does not hand out sign-ins; expiry and revocation are per row.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('sessions_token_hash_key').on(t.tokenHash),
    index('sessions_user_id_idx').on(t.userId),
  ],
);

/**
 * Tokens for partner apps and BI tools. They act for their owner, with at most the owner's row
 * rights, narrowed to `scope` (the write rights they carry; empty is read-only). Only a hash of
 * the secret is kept; it is shown once, when the token is created.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull(),
    scope: text('scope', { enum: WRITE_RIGHTS })
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('api_tokens_token_hash_key').on(t.tokenHash),
    index('api_tokens_owner_id_idx').on(t.ownerId),
  ],
);

/** One-time links to set a password: for a new user, or one who forgot theirs. */
export const passwordLinks = pgTable(
  'password_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull(),
    createdById: uuid('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('password_links_token_hash_key').on(t.tokenHash),
    index('password_links_user_id_idx').on(t.userId),
  ],
);

/** Failed sign-ins, counted per e-mail and per address to slow down password guessing. */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    emailKey: text('email_key').notNull(),
    address: text('address').notNull(),
    failedAt: timestamp('failed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('sign_in_failures_email_key_failed_at_idx').on(t.emailKey, t.failedAt),
    index('sign_in_failures_address_failed_at_idx').on(t.address, t.failedAt),
  ],
);

/** The last number drawn from each code series (see @arus/domain codes). */
export const codeCounters = pgTable('code_counters', {
  key: text('key').primaryKey(),
  lastValue: integer('last_value').notNull(),
});

export const customers = pgTable(
  'customers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** normaliseCustomerName(name): with email_domain, what makes two records one company. */
    nameKey: text('name_key').notNull(),
    taxId: text('tax_id'),
    taxIdKey: text('tax_id_key'),
    email: text('email'),
    emailDomain: text('email_domain'),
    currency: text('currency').notNull(),
    timeZone: text('time_zone').notNull(),
    accountManagerId: uuid('account_manager_id')
      .notNull()
      .references(() => users.id),
    externalRef: text('external_ref'),
    version,
    ...timestamps,
  },
  (t) => [
    uniqueIndex('customers_code_key').on(t.code),
    uniqueIndex('customers_tax_id_key_key')
      .on(t.taxIdKey)
      .where(sql`${t.taxIdKey} is not null`),
    uniqueIndex('customers_name_key_email_domain_key')
      .on(t.nameKey, t.emailDomain)
      .where(sql`${t.emailDomain} is not null`),
    uniqueIndex('customers_external_ref_key')
      .on(t.externalRef)
      .where(sql`${t.externalRef} is not null`),
    index('customers_account_manager_id_idx').on(t.accountManagerId),
  ],
);

export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    name: text('name').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    deliveredOn: date('delivered_on', { mode: 'string' }),
    budget: money('budget'),
    deliveryCost: money('delivery_cost'),
    scopeNote: text('scope_note'),
    documentLinks: text('document_links')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Where the row came from when it was not created in Arus (e.g. "zoho-invoice"). */
    importSource: text('import_source'),
    externalRef: text('external_ref'),
    version,
    ...timestamps,
  },
  (t) => [
    uniqueIndex('projects_code_key').on(t.code),
    uniqueIndex('projects_customer_id_external_ref_key')
      .on(t.customerId, t.externalRef)
      .where(sql`${t.externalRef} is not null`),
    index('projects_customer_id_idx').on(t.customerId),
    check('projects_budget_check', sql`${t.budget} >= 0`),
    check('projects_delivery_cost_check', sql`${t.deliveryCost} >= 0`),
  ],
);

export const quotes = pgTable(
  'quotes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    /** Copied from the project so account-wide reads and access checks need no join. */
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    status: text('status', { enum: QUOTE_STATUSES }).notNull(),
    total: money('total').notNull(),
    currency: text('currency').notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    /** The customer's local day of acceptance or refusal. */
    decidedOn: date('decided_on', { mode: 'string' }),
    importSource: text('import_source'),
    version,
    ...timestamps,
  },
  (t) => [
    uniqueIndex('quotes_code_key').on(t.code),
    index('quotes_project_id_idx').on(t.projectId),
    index('quotes_customer_id_idx').on(t.customerId),
    check('quotes_status_check', sql`${t.status} in (${inList(QUOTE_STATUSES)})`),
    check('quotes_total_check', sql`${t.total} >= 0`),
  ],
);

export const salesOrders = pgTable(
  'sales_orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    quoteId: uuid('quote_id')
      .notNull()
      .references(() => quotes.id),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    status: text('status', { enum: SALES_ORDER_STATUSES }).notNull(),
    total: money('total').notNull(),
    currency: text('currency').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    progress: integer('progress').notNull().default(0),
    importSource: text('import_source'),
    version,
    ...timestamps,
  },
  (t) => [
    uniqueIndex('sales_orders_code_key').on(t.code),
    // Exactly one order per accepted quote, even for writes that bypass the API.
    uniqueIndex('sales_orders_quote_id_key').on(t.quoteId),
    index('sales_orders_project_id_idx').on(t.projectId),
    index('sales_orders_customer_id_idx').on(t.customerId),
    check('sales_orders_status_check', sql`${t.status} in (${inList(SALES_ORDER_STATUSES)})`),
    check('sales_orders_total_check', sql`${t.total} >= 0`),
    check('sales_orders_progress_check', sql`${t.progress} between 0 and 100`),
  ],
);

export const invoices = pgTable(
  'invoices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull(),
    salesOrderId: uuid('sales_order_id')
      .notNull()
      .references(() => salesOrders.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    status: text('status', { enum: INVOICE_STATUSES }).notNull(),
    amount: money('amount').notNull(),
    currency: text('currency').notNull(),
    issueDate: date('issue_date', { mode: 'string' }).notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    completedOn: date('completed_on', { mode: 'string' }),
    rejectionReason: text('rejection_reason'),
    /** The billing plan part this invoice bills, when it bills one. */
    planPartId: uuid('plan_part_id').references(() => billingPlanParts.id),
    reissueOfId: uuid('reissue_of_id').references((): AnyPgColumn => invoices.id),
    externalRef: text('external_ref'),
    version,
    ...timestamps,
  },
  (t) => [
    uniqueIndex('invoices_number_key').on(t.number),
    uniqueIndex('invoices_external_ref_key')
      .on(t.externalRef)
      .where(sql`${t.externalRef} is not null`),
    // A rejected invoice is re-issued at most once; the new one carries the chain on.
    uniqueIndex('invoices_reissue_of_id_key')
      .on(t.reissueOfId)
      .where(sql`${t.reissueOfId} is not null`),
    // A plan part is billed by one live invoice at a time; a rejected or voided one frees it.
    uniqueIndex('invoices_plan_part_id_key')
      .on(t.planPartId)
      .where(
        sql`${t.planPartId} is not null and ${t.status} not in (${inList(FREED_INVOICE_STATUSES)})`,
      ),
    index('invoices_sales_order_id_idx').on(t.salesOrderId),
    index('invoices_customer_id_idx').on(t.customerId),
    check('invoices_status_check', sql`${t.status} in (${inList(INVOICE_STATUSES)})`),
    check('invoices_amount_check', sql`${t.amount} > 0`),
    check(
      'invoices_rejection_reason_check',
      sql`${t.status} <> 'REJECTED' or ${t.rejectionReason} is not null`,
    ),
    check(
      'invoices_completed_on_check',
      sql`${t.status} <> 'COMPLETED' or ${t.completedOn} is not null`,
    ),
  ],
);

/**
 * How an order is to be billed: deposits, milestones and a retention held until delivery, in
 * order. Amounts are computed once from the order total (see @arus/domain billing-plan) and
 * stored, so that what an invoice bills never changes afterwards.
 */
export const billingPlanParts = pgTable(
  'billing_plan_parts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    salesOrderId: uuid('sales_order_id')
      .notNull()
      .references(() => salesOrders.id),
    position: integer('position').notNull(),
    kind: text('kind', { enum: PLAN_PART_KINDS }).notNull(),
    label: text('label').notNull(),
    /** The share of the order it was asked for, or null for a fixed amount. */
    percentage: numeric('percentage', { precision: 7, scale: 4 }),
    amount: money('amount').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When a new plan replaced this part's; invoices that billed it still point to it. */
    replacedAt: timestamp('replaced_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('billing_plan_parts_sales_order_id_position_key')
      .on(t.salesOrderId, t.position)
      .where(sql`${t.replacedAt} is null`),
    check('billing_plan_parts_kind_check', sql`${t.kind} in (${inList(PLAN_PART_KINDS)})`),
    check('billing_plan_parts_amount_check', sql`${t.amount} > 0`),
  ],
);

export const AUDIT_ENTITIES = ['CUSTOMER', 'PROJECT', 'QUOTE', 'SALES_ORDER', 'INVOICE'] as const;

/**
 * Who changed what, when, from what to what: every status change and every change of money or
 * dates, written in the transaction of the change itself. Rows are only ever added.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Orders the events of one transaction, which share their occurred_at. */
    sequence: bigserial('sequence', { mode: 'number' }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    /** The user, or null for the system (scheduled expiry, imports). */
    actorId: uuid('actor_id').references(() => users.id),
    /** The API token the user acted through, if any. */
    actorTokenId: uuid('actor_token_id').references(() => apiTokens.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    entityType: text('entity_type', { enum: AUDIT_ENTITIES }).notNull(),
    entityId: uuid('entity_id').notNull(),
    /** What happened, e.g. CREATED, STATUS_CHANGED, DEADLINE_MOVED. */
    action: text('action').notNull(),
    field: text('field'),
    fromValue: text('from_value'),
    toValue: text('to_value'),
    reason: text('reason'),
  },
  (t) => [
    index('audit_events_entity_id_occurred_at_idx').on(t.entityId, t.occurredAt),
    index('audit_events_customer_id_idx').on(t.customerId),
    check('audit_events_entity_type_check', sql`${t.entityType} in (${inList(AUDIT_ENTITIES)})`),
  ],
);
