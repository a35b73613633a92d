import { describe, expect, it } from 'vitest';

import { emailDomainOf, isEmail, normaliseCustomerName, normaliseTaxId } from './customer-identity';

describe('normaliseCustomerName', () => {
  it('reads "PT. Maju Jaya Tbk" and "maju jaya" as one name', () => {
    const names = [normaliseCustomerName('PT. Maju Jaya Tbk'), normaliseCustomerName('maju jaya')];

    expect(names).toEqual(['maju jaya', 'maju jaya']);
  });

  it.each([
    ['CV Sinar Abadi', 'sinar abadi'],
    ['Acme, Inc.', 'acme'],
    ['Globex Pte. Ltd.', 'globex'],
    ['Mitra Sdn. Bhd.', 'mitra'],
    ['PT Bank Negara (Persero) Tbk', 'bank negara'],
  ])('drops the legal forms of "%s"', (name, expected) => {
    const key = normaliseCustomerName(name);

    expect(key).toBe(expected);
  });

  it.each([
    ['Café Résumé', 'cafe resume'],
    ['Nguyễn Trading', 'nguyen trading'],
    ['Müller GmbH', 'muller'],
  ])('drops the diacritics of "%s"', (name, expected) => {
    const key = normaliseCustomerName(name);

    expect(key).toBe(expected);
  });

  it('drops legal forms only as whole words', () => {
    const key = normaliseCustomerName('Coco PTPN Corp');

    expect(key).toBe('coco ptpn');
  });

  it('turns punctuation and runs of spaces into single spaces', () => {
    const key = normaliseCustomerName('  Maju-Jaya   &  Sons ');

    expect(key).toBe('maju jaya sons');
  });

  it('keeps different companies apart', () => {
    const names = [normaliseCustomerName('Maju Jaya'), normaliseCustomerName('Maju Jaya Abadi')];

    expect(names[0]).not.toBe(names[1]);
  });

  // Every letter outside a-z is replaced by a space, so a name written wholly in another script
  // normalises to '' and any two such customers with the same e-mail domain read as duplicates.
  it('reads Vietnamese Đ as D rather than dropping it', () => {
    expect(normaliseCustomerName('Công ty Đông Á')).toBe('cong ty dong a');
    expect(normaliseCustomerName('Đông Á')).not.toBe(normaliseCustomerName('Ông A'));
  });

  it('keeps a name made only of legal forms', () => {
    expect(normaliseCustomerName('PT. Tbk')).toBe('pt tbk');
  });

  it('keeps two different names written in Japanese apart', () => {
    const names = [
      normaliseCustomerName('トヨタ株式会社'),
      normaliseCustomerName('ソニー株式会社'),
    ];

    expect(names[0]).not.toBe(names[1]);
  });
});

describe('normaliseTaxId', () => {
  it('keeps only the digits of a dotted NPWP', () => {
    const key = normaliseTaxId('01.234.567.8-901.000');

    expect(key).toBe('012345678901000');
  });

  it('compares letters without regard to case, spaces or dashes', () => {
    const key = normaliseTaxId('de 123-456 ab');

    expect(key).toBe('DE123456AB');
  });
});

describe('emailDomainOf', () => {
  it('gives the lowercased domain of an address', () => {
    const domain = emailDomainOf('Budi@Maju-Jaya.CO.ID');

    expect(domain).toBe('maju-jaya.co.id');
  });

  it('takes the domain after the last @', () => {
    const domain = emailDomainOf('"a@b"@Example.com');

    expect(domain).toBe('example.com');
  });

  it.each(['no-at-sign', '@maju.co.id', 'budi@'])(
    'gives null for "%s", which has no domain',
    (email) => {
      const domain = emailDomainOf(email);

      expect(domain).toBeNull();
    },
  );
});

describe('isEmail', () => {
  it.each(['budi@majujaya.co.id', 'a.b+billing@example.com'])('accepts %s', (email) => {
    const valid = isEmail(email);

    expect(valid).toBe(true);
  });

  it.each(['budi@majujaya', 'budi majujaya@example.com', 'budi@@example.com', '@example.com', ''])(
    'refuses "%s"',
    (email) => {
      const valid = isEmail(email);

      expect(valid).toBe(false);
    },
  );
});
