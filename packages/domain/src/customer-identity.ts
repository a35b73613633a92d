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

export function normaliseCustomerName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '' && !LEGAL_FORMS.has(word))
    .join(' ');
}

/** Tax ids are compared by their letters and digits only (NPWP is often typed with dots). */
export function normaliseTaxId(taxId: string): string {
  return taxId.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function emailDomainOf(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 1 || at === email.length - 1) return null;
  return email
    .slice(at + 1)
    .trim()
    .toLowerCase();
}

export function isEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
}
