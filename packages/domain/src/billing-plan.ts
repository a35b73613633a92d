import { allocate } from './allocation';
import { validationError } from './errors';
import { describeAmount } from './money';

export const PLAN_PART_KINDS = ['DEPOSIT', 'MILESTONE', 'RETENTION'] as const;
export type PlanPartKind = (typeof PLAN_PART_KINDS)[number];

export interface PlanPartInput {
  kind: PlanPartKind;
  label: string;
  amount?: bigint | null;
  percentage?: string | null;
}

export interface PlanPart {
  kind: PlanPartKind;
  label: string;
  amount: bigint;
  percentage: string | null;
}

const MAX_PARTS = 20;
const MAX_LABEL_LENGTH = 100;
const PERCENT_DECIMALS = 4;
/** Percentages are kept as integers of 1/10^4 of a percent, so that 100 % is exactly 10^6. */
const PERCENT_SCALE = 10n ** BigInt(PERCENT_DECIMALS);
const HUNDRED_PERCENT = 100n * PERCENT_SCALE;
const PERCENTAGE = /^(\d+)(?:\.(\d+))?$/;

/**
 * Turns the parts of a billing plan into the amount each invoice will bill, so that the invoices
 * of an order add up to its total to the last minor unit.
 *
 * - A plan has 1 to 20 parts. Each has a label of 1 to 100 characters once trimmed (counted in
 *   Unicode code points, as PostgreSQL counts them).
 * - Each part has exactly one of `amount` (a fixed sum, > 0 minor units) or `percentage` (a
 *   decimal string > 0 and ≤ 100 with at most 4 decimals, such as "33.3333"; no exponent, sign
 *   or blank). Percentages are read as exact integers, never as floats.
 * - At most one part is a RETENTION (whether the project was delivered is the API's concern).
 * - Fixed amounts are taken first and must not add up to more than `total`.
 * - If any part has a percentage, the percentages add up to exactly 100 and share what the fixed
 *   amounts leave, by `allocate`. Otherwise the fixed amounts add up to exactly `total`.
 * - Every resulting amount is > 0: a percentage too small for what it shares is refused.
 *
 * The result keeps the input order with labels trimmed. A percentage is given back in its
 * shortest form: no leading zeros in the whole part, no trailing zeros in the fraction and no
 * bare point ("070.50" → "70.5", "33.30" → "33.3", "100.0000" → "100"); fixed parts have null.
 *
 * Field paths use the part's zero-based index (`input.parts.2.percentage`) as GraphQL paths do;
 * messages count parts from 1 for people.
 *
 * @throws ArusError VALIDATION with field `input.parts` or `input.parts.<index>.<field>`.
 */
export function computeBillingPlan(
  total: bigint,
  parts: readonly PlanPartInput[],
  currency: string,
): PlanPart[] {
  const money = (minor: bigint) => describeAmount(minor, currency);
  if (total < 0n) {
    throw new RangeError(`An order total is never negative (${total})`);
  }
  if (parts.length < 1 || parts.length > MAX_PARTS) {
    throw validationError(
      'input.parts',
      `A billing plan has 1 to ${MAX_PARTS} parts; this one has ${parts.length}.`,
    );
  }

  const read = parts.map((part, index) => readPart(part, index));
  assertOneRetentionAtMost(read);

  const fixedSum = read.reduce((sum, part) => sum + (part.amount ?? 0n), 0n);
  if (fixedSum > total) {
    throw validationError(
      'input.parts',
      `The fixed amounts add up to ${money(fixedSum)}, more than the total of ${money(total)}; ` +
        `lower them or bill part of the total by percentage.`,
    );
  }
  const shared = read.filter((part) => part.weight !== null);
  if (shared.length === 0 && fixedSum !== total) {
    throw validationError(
      'input.parts',
      `The fixed amounts add up to ${money(fixedSum)}, less than the total of ${money(total)}; ` +
        `raise them or add a part by percentage for the rest.`,
    );
  }
  const percentSum = shared.reduce((sum, part) => sum + part.weight!, 0n);
  if (shared.length > 0 && percentSum !== HUNDRED_PERCENT) {
    throw validationError(
      'input.parts',
      `The percentages add up to ${formatPercentage(percentSum)}; they must add up to exactly 100.`,
    );
  }

  const rest = total - fixedSum;
  const weights = shared.map((part) => part.weight!);
  const amounts = weights.length > 0 ? allocate(rest, weights) : [];
  const shares = new Map(shared.map((part, position) => [part.index, amounts[position]!]));

  return read.map((part) => {
    const amount = part.amount ?? shares.get(part.index)!;
    if (amount === 0n) {
      throw validationError(
        `input.parts.${part.index}.percentage`,
        `Part ${part.index + 1} ("${part.label}") would bill nothing: its ${part.percentage} % ` +
          `of the ${money(rest)} left to share rounds to 0. Raise its percentage or remove the part.`,
      );
    }
    return { kind: part.kind, label: part.label, amount, percentage: part.percentage };
  });
}

interface ReadPart {
  index: number;
  kind: PlanPartKind;
  label: string;
  amount: bigint | null;
  /** The percentage in 1/10^4 of a percent; null for a fixed part. */
  weight: bigint | null;
  percentage: string | null;
}

function readPart(part: PlanPartInput, index: number): ReadPart {
  const field = (name: string) => `input.parts.${index}.${name}`;
  const number = index + 1;

  // The API passes enum values through, but a partner app's JSON may still carry anything.
  if (!(PLAN_PART_KINDS as readonly string[]).includes(part.kind)) {
    throw validationError(
      field('kind'),
      `Part ${number} has kind "${part.kind}"; use one of ${PLAN_PART_KINDS.join(', ')}.`,
    );
  }
  const label = part.label.trim();
  const labelLength = [...label].length;
  if (labelLength < 1 || labelLength > MAX_LABEL_LENGTH) {
    throw validationError(
      field('label'),
      labelLength < 1
        ? `Part ${number} needs a label, such as "Deposit" or "Milestone 1".`
        : `The label of part ${number} has ${labelLength} characters; keep it to ${MAX_LABEL_LENGTH}.`,
    );
  }

  const amount = part.amount ?? null;
  const percentage = part.percentage ?? null;
  if (amount === null && percentage === null) {
    throw validationError(
      field('amount'),
      `Part ${number} ("${label}") needs either a fixed amount or a percentage.`,
    );
  }
  if (amount !== null && percentage !== null) {
    throw validationError(
      field('percentage'),
      `Part ${number} ("${label}") has both an amount and a percentage; keep only one of them.`,
    );
  }
  if (amount !== null) {
    if (amount <= 0n) {
      throw validationError(
        field('amount'),
        `The amount of part ${number} ("${label}") must be more than 0; it is ${amount}.`,
      );
    }
    return { index, kind: part.kind, label, amount, weight: null, percentage: null };
  }

  const weight = parsePercentage(field('percentage'), number, percentage!);
  return {
    index,
    kind: part.kind,
    label,
    amount: null,
    weight,
    percentage: formatPercentage(weight),
  };
}

function parsePercentage(field: string, number: number, text: string): bigint {
  const match = PERCENTAGE.exec(text.trim());
  if (!match) {
    throw validationError(
      field,
      `The percentage of part ${number} is "${text}"; write a plain number such as 30 or 33.3333.`,
    );
  }
  const [, whole = '', fraction = ''] = match;
  if (fraction.length > PERCENT_DECIMALS) {
    throw validationError(
      field,
      `The percentage of part ${number} ("${text}") has ${fraction.length} decimals; ` +
        `use at most ${PERCENT_DECIMALS}.`,
    );
  }
  const weight = BigInt(`${whole}${fraction.padEnd(PERCENT_DECIMALS, '0')}`);
  if (weight <= 0n || weight > HUNDRED_PERCENT) {
    throw validationError(
      field,
      `The percentage of part ${number} is ${text}; it must be more than 0 and at most 100.`,
    );
  }
  return weight;
}

function formatPercentage(weight: bigint): string {
  const whole = weight / PERCENT_SCALE;
  const fraction = (weight % PERCENT_SCALE)
    .toString()
    .padStart(PERCENT_DECIMALS, '0')
    .replace(/0+$/, '');
  return fraction === '' ? `${whole}` : `${whole}.${fraction}`;
}

function assertOneRetentionAtMost(parts: readonly ReadPart[]): void {
  const retentions = parts.filter((part) => part.kind === 'RETENTION');
  const [first, second] = retentions;
  if (first && second) {
    throw validationError(
      `input.parts.${second.index}.kind`,
      `Part ${second.index + 1} ("${second.label}") is a second retention; part ` +
        `${first.index + 1} ("${first.label}") already is one. A plan holds at most one.`,
    );
  }
}
