/**
 * What makes two customer records the same company: the same tax id, or the same normalised
 * name together with the same e-mail domain. Legal forms and punctuation do not tell companies
 * apart ("PT. Maju Jaya Tbk" and "maju jaya" are one name).
 */
const LEGAL_FORMS = new Set([
  'pt',
  'cv',
  'tbk',
  'persero',
  'ud',
  'ltd',
  'limited',
  'inc',
  'llc',
  'co',
  'corp',
  'gmbh',
  'bv',
  'pte',
  'sdn',
  'bhd',
]);

/**
 * Letters of every script count (トヨタ and ソニー stay apart); only Latin accents are dropped,
 * and Vietnamese đ, which has no accent to drop, reads as d. A name made of legal forms alone
 * keeps them rather than becoming empty.
 */
export function normaliseCustomerName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');
  const distinctive = words.filter((word) => !LEGAL_FORMS.has(word));
  return (distinctive.length > 0 ? distinctive : words).join(' ');
}

/** Tax ids are compared by their letters and digits only (NPWP is often typed with dots). */
export function normaliseTaxId(taxId: string): string {
  return taxId.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function emailDomainOf(email: string): string | null {
  const at = email.lastIndexOf('@');
  const domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase();
  return at < 1 || domain === '' ? null : domain;
}

export function isEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
}
