import { describe, expect, it } from 'vitest';

import { formatMoney } from './formatMoney';

// Intl separates a currency code or "Rp" from the number with a no-break space.
const nbsp = '\u00a0';

describe('formatMoney', () => {
  it('shows rupiah with its two ISO decimals in Indonesian', () => {
    expect(formatMoney('1250000.00', 'IDR', 'id-ID')).toBe(`Rp${nbsp}1.250.000,00`);
  });

  it('shows rupiah with the currency code and English separators in English', () => {
    expect(formatMoney('1250000.00', 'IDR', 'en-US')).toBe(`IDR${nbsp}1,250,000.00`);
  });

  it('shows yen without decimals', () => {
    expect(formatMoney('1500', 'JPY', 'en-US')).toBe('¥1,500');
  });

  it('pads an amount sent with fewer decimals than the currency has', () => {
    expect(formatMoney('99.5', 'USD', 'en-US')).toBe('$99.50');
  });

  it('keeps the minus sign of a negative amount', () => {
    expect(formatMoney('-1250.50', 'USD', 'en-US')).toBe('-$1,250.50');
    expect(formatMoney('-1250.50', 'IDR', 'id-ID')).toBe(`-Rp${nbsp}1.250,50`);
  });

  it('keeps the minus sign of a negative amount under one unit', () => {
    expect(formatMoney('-0.50', 'USD', 'en-US')).toBe('-$0.50');
  });

  it('keeps every digit of an amount beyond the precision of a float', () => {
    expect(formatMoney('123456789012345678.99', 'IDR', 'en-US')).toBe(
      `IDR${nbsp}123,456,789,012,345,678.99`,
    );
    expect(formatMoney('123456789012345678.99', 'IDR', 'id-ID')).toBe(
      `Rp${nbsp}123.456.789.012.345.678,99`,
    );
  });

  it('rounds extra decimals half away from zero on the exact digits', () => {
    expect(formatMoney('1499.5', 'JPY', 'en-US')).toBe('¥1,500');
    expect(formatMoney('0.125', 'USD', 'en-US')).toBe('$0.13');
    expect(formatMoney('-0.125', 'USD', 'en-US')).toBe('-$0.13');
  });

  it('refuses a value that is not a decimal', () => {
    expect(() => formatMoney('1e6', 'USD', 'en-US')).toThrow(RangeError);
  });
});
