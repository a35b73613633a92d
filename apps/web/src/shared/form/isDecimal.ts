// Only the shape is checked here; the API knows each currency's minor unit and refuses extra
// decimals with a message of its own.
const decimalPattern = /^\d+(\.\d+)?$/;

export function isDecimal(value: string): boolean {
  return decimalPattern.test(value.trim());
}
