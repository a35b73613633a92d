// ISO 4217 minor units for the currencies that differ from the usual two decimals. Intl's own
// defaults follow CLDR, which differ from ISO for some currencies (it shows IDR without decimals),
// so the API's exact amounts would be displayed rounded.
const exceptions: Record<string, number> = {
  BHD: 3,
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  IQD: 3,
  ISK: 0,
  JOD: 3,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  PYG: 0,
  RWF: 0,
  TND: 3,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
};

export function minorUnitsOf(currency: string): number {
  return exceptions[currency.toUpperCase()] ?? 2;
}
