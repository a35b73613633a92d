import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

import { isLocalDate } from '@arus/domain';

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'VALIDATION' } });
}

function readString(scalar: string, value: unknown): string {
  if (typeof value !== 'string') throw invalid(`${scalar} must be given as a string.`);
  return value;
}

function parseDecimal(value: unknown): string {
  const text = readString('Decimal', value);
  if (!/^-?\d+(\.\d+)?$/.test(text))
    throw invalid(`"${text}" is not a decimal such as 1250000.00.`);
  return text;
}

function parseLocalDate(value: unknown): string {
  const text = readString('LocalDate', value);
  if (!isLocalDate(text)) throw invalid(`"${text}" is not a calendar date YYYY-MM-DD.`);
  return text;
}

function parseDateTime(value: unknown): Date {
  const date = new Date(readString('DateTime', value));
  if (Number.isNaN(date.getTime())) throw invalid('DateTime must be ISO 8601.');
  return date;
}

/**
 * An exact decimal carried as a string ("1250000.00"), never a Float. Its precision is checked
 * against the currency of the document it belongs to, where the currency is known.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'An exact decimal amount as a string, with the ISO 4217 minor unit of its currency: "1250000.00" for IDR and USD, "1500" for JPY. Never a float.',
  serialize: (value) => readString('Decimal', value),
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalid('Decimal must be given as a string, e.g. "10.50".');
    return parseDecimal(ast.value);
  },
});

/** A calendar day, read in the time zone of the account it belongs to. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: "A calendar date YYYY-MM-DD, read in the account's time zone.",
  serialize: (value) => readString('LocalDate', value),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalid('LocalDate must be a string YYYY-MM-DD.');
    return parseLocalDate(ast.value);
  },
});

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with offset.',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return new Date(value).toISOString();
    throw invalid('DateTime must be a date.');
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalid('DateTime must be an ISO 8601 string.');
    return parseDateTime(ast.value);
  },
});
