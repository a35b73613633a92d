import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  type GraphQLObjectType,
} from 'graphql';

import type { GraphQLResult } from '../../testing/test-app';
import type { Prepared, ProbeContext, ReadProbe } from './probes';

/**
 * allow: read or done; deny: FORBIDDEN; null-money: a money field reads null; empty: a nested
 * list reads []; null: a single field reads null. Anything else observed is reported as is
 * (`error:CODE`, `unreachable` when the probe found nothing to read, `unauthenticated`).
 */
export type Outcome = 'allow' | 'deny' | 'null-money' | 'empty' | 'null';

/** Money is a Decimal; an audit event's from/to carry the money of a money field's change. */
export function isMoneyField(type: GraphQLObjectType, field: string): boolean {
  if (type.name === 'AuditEvent') return field === 'from' || field === 'to';
  return getNamedType(type.getFields()[field]!.type).name === 'Decimal';
}

export function selectionOf(type: GraphQLObjectType, fields: string[]): string {
  return fields
    .map((name) => {
      const named = getNamedType(type.getFields()[name]!.type);
      return isObjectType(named) ? `${name} { __typename }` : name;
    })
    .join(' ');
}

function isObjectList(type: GraphQLObjectType, field: string): boolean {
  const unwrapped = getNullableType(type.getFields()[field]!.type);
  return isListType(unwrapped) && isObjectType(getNamedType(unwrapped));
}

function errorOutcome(result: GraphQLResult<unknown>): string | undefined {
  const code = result.errors?.[0]?.extensions.code;
  if (code === undefined) return undefined;
  if (code === 'FORBIDDEN') return 'deny';
  if (code === 'UNAUTHENTICATED') return 'unauthenticated';
  return `error:${String(code)}`;
}

export interface Observation {
  /** The picked object's field values, when the request reached one. */
  values?: Record<string, unknown>;
  outcome?: string;
}

export async function runProbe(
  ctx: ProbeContext,
  probe: ReadProbe,
  type: GraphQLObjectType,
  fields: string[],
): Promise<Observation> {
  const prepared: Prepared = await probe.prepare(ctx);
  const selection = [selectionOf(type, fields), probe.extra ?? ''].join(' ');
  const result = await ctx.app.graphql(
    probe.query.replace('SELECTION', selection),
    prepared.variables,
    { token: prepared.token ?? ctx.viewer.token },
  );

  const picked = result.data ? probe.pick(result.data) : undefined;
  if (result.errors || picked == null) {
    return { outcome: errorOutcome(result) ?? 'unreachable' };
  }
  return { values: picked as Record<string, unknown> };
}

/** How one field read, against the admin's reading of the same object. */
export function classify(
  type: GraphQLObjectType,
  field: string,
  value: unknown,
  baseline: unknown,
): string {
  if (value === null && baseline !== null) {
    return isMoneyField(type, field) ? 'null-money' : 'null';
  }
  if (Array.isArray(value) && value.length === 0 && isObjectList(type, field)) {
    return Array.isArray(baseline) && baseline.length > 0 ? 'empty' : 'allow';
  }
  return 'allow';
}

/**
 * Reads every field of a type in one request; when that request fails or reaches nothing (a
 * refused field nulls its parent), reads each field alone to tell which ones are refused.
 */
export async function observeType(
  ctx: ProbeContext,
  probe: ReadProbe,
  type: GraphQLObjectType,
  fields: string[],
  baseline: Record<string, unknown>,
): Promise<Record<string, string>> {
  const observed: Record<string, string> = {};
  const together = await runProbe(ctx, probe, type, fields);
  for (const field of fields) {
    const alone = together.values ? together : await runProbe(ctx, probe, type, [field]);
    observed[field] = alone.values
      ? classify(type, field, alone.values[field], baseline[field])
      : alone.outcome!;
  }
  return observed;
}

/** A mutation attempt: FORBIDDEN is deny; done, or refused for a business reason, is allow. */
export async function attemptMutation(
  ctx: ProbeContext,
  attempt: { call: string; prepare(ctx: ProbeContext): Promise<Prepared> },
): Promise<{ outcome: string; errors?: unknown }> {
  const prepared = await attempt.prepare(ctx);
  const result = await ctx.app.graphql(
    attempt.call.replace('SELECTION', '__typename'),
    prepared.variables,
    { token: prepared.token ?? ctx.viewer.token },
  );
  const refused = errorOutcome(result);
  if (refused === 'deny' || refused === 'unauthenticated') return { outcome: refused };
  return { outcome: 'allow', errors: result.errors };
}
