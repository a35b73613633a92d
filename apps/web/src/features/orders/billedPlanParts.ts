/** The ids of the plan parts that an invoice of the order bills now, as the API reports them. */
export function billedPlanParts(parts: { id: string; isBilled: boolean }[]): Set<string> {
  return new Set(parts.filter((part) => part.isBilled).map((part) => part.id));
}
