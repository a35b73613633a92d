import { normaliseCustomerName, normaliseTaxId } from '@arus/domain';

import { uncoded, type DemoCustomer, type PayerProfile, type UserKey } from './model';
import type { Random } from './random';
import {
  INDONESIAN_HEADS,
  INDONESIAN_TAILS,
  INDONESIAN_TRADES,
  INTERNATIONAL_HEADS,
  INTERNATIONAL_REGIONS,
  INTERNATIONAL_TRADES,
  type TaxIdStyle,
} from './vocabulary';

/** Names, tax ids and e-mails already taken (by the showcase account, for one). */
export interface TakenIdentities {
  nameKeys: Set<string>;
  taxIdKeys: Set<string>;
}

const INTERNATIONAL_SHARE = 0.2;

/**
 * Customers without dates: they are given a creation day once their projects are laid out,
 * since an account is opened shortly before its first quote.
 */
export function generateCustomers(
  random: Random,
  count: number,
  taken: TakenIdentities,
): DemoCustomer[] {
  const customers: DemoCustomer[] = [];
  for (let i = 0; i < count; i += 1) {
    const isInternational = random.chance(INTERNATIONAL_SHARE);
    customers.push(
      isInternational
        ? internationalCustomer(random, taken, i)
        : indonesianCustomer(random, taken, i),
    );
  }
  return customers;
}

function indonesianCustomer(random: Random, taken: TakenIdentities, index: number): DemoCustomer {
  const base = uniqueName(random, taken, index, () =>
    [
      random.pick(INDONESIAN_HEADS),
      random.pick(INDONESIAN_TRADES),
      random.pick(INDONESIAN_TAILS),
    ].join(' '),
  );
  const form = random.weighted([
    ['PT', 8],
    ['CV', 1],
    ['PT Tbk', 1],
  ] as const);
  const name = form === 'PT Tbk' ? `PT ${base} Tbk` : `${form} ${base}`;
  const timeZone = random.weighted([
    ['Asia/Jakarta', 7],
    ['Asia/Makassar', 2],
    ['Asia/Jayapura', 1],
  ] as const);
  return {
    ...uncoded(),
    name,
    taxId: random.chance(0.92) ? uniqueTaxId(random, taken, 'NPWP') : null,
    email: random.chance(0.95) ? `finance@${domainOf(base)}` : null,
    currency: 'IDR',
    timeZone,
    owner: pickOwner(random),
    createdOn: '',
    paymentTermDays: random.weighted([
      [14, 2],
      [30, 6],
      [45, 2],
    ] as const),
    payer: pickPayer(random),
  };
}

function internationalCustomer(
  random: Random,
  taken: TakenIdentities,
  index: number,
): DemoCustomer {
  const base = uniqueName(random, taken, index, () =>
    [random.pick(INTERNATIONAL_HEADS), random.pick(INTERNATIONAL_TRADES)].join(' '),
  );
  const region = random.pick(INTERNATIONAL_REGIONS);
  return {
    ...uncoded(),
    name: `${base} ${region.form}`,
    taxId: random.chance(0.85) ? uniqueTaxId(random, taken, region.taxId) : null,
    email: random.chance(0.95) ? `accounts@${domainOf(base)}` : null,
    currency: 'USD',
    timeZone: region.timeZone,
    owner: pickOwner(random),
    createdOn: '',
    paymentTermDays: random.weighted([
      [30, 8],
      [45, 2],
    ] as const),
    payer: pickPayer(random),
  };
}

/**
 * Names are unique after normalisation, so that no demo account looks like a duplicate of
 * another. When the word lists run out (very large scales), a branch number keeps them apart.
 */
function uniqueName(
  random: Random,
  taken: TakenIdentities,
  index: number,
  draw: () => string,
): string {
  for (let attempt = 0; attempt < 30; attempt += 1) {
    const name = draw();
    if (claim(taken.nameKeys, normaliseCustomerName(name))) return name;
  }
  for (let branch = 2; ; branch += 1) {
    const name = `${draw()} ${index + branch}`;
    if (claim(taken.nameKeys, normaliseCustomerName(name))) return name;
  }
}

function uniqueTaxId(random: Random, taken: TakenIdentities, style: TaxIdStyle): string {
  for (;;) {
    const taxId = drawTaxId(random, style);
    if (claim(taken.taxIdKeys, normaliseTaxId(taxId))) return taxId;
  }
}

function drawTaxId(random: Random, style: TaxIdStyle): string {
  const digits = (length: number) =>
    Array.from({ length }, () => String(random.int(0, 9))).join('');
  switch (style) {
    case 'NPWP': {
      // 15-digit NPWP as printed: the last three digits 000 mark a head office.
      const kind = random.pick(['01', '02', '03', '31', '71', '81']);
      return `${kind}.${digits(3)}.${digits(3)}.${digits(1)}-${digits(3)}.000`;
    }
    case 'UEN':
      return `20${random.int(10, 23)}${digits(5)}${random.pick(['K', 'M', 'N', 'R', 'W'])}`;
    case 'EIN':
      return `${digits(2)}-${digits(7)}`;
    case 'NL_VAT':
      return `NL${digits(9)}B01`;
    case 'ABN':
      return `${digits(2)} ${digits(3)} ${digits(3)} ${digits(3)}`;
  }
}

/**
 * Customer mailboxes use the reserved `.example` top-level domain (RFC 2606): a notification
 * channel that one day writes to customers can never reach a real company from demo data.
 */
function domainOf(name: string): string {
  return `${normaliseCustomerName(name).replace(/ /g, '')}.example`;
}

function pickOwner(random: Random): UserKey {
  return random.weighted([
    ['am1', 9],
    ['am2', 9],
    ['admin', 2],
  ] as const);
}

function pickPayer(random: Random): PayerProfile {
  return random.weighted([
    ['PROMPT', 30],
    ['REGULAR', 35],
    ['LATE', 25],
    ['CHRONIC', 10],
  ] as const);
}

function claim(set: Set<string>, key: string): boolean {
  if (set.has(key)) return false;
  set.add(key);
  return true;
}
