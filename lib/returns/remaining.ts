// "Aantal nog te retourneren": what a dealer may still ask to return of a delivered line.
export type TReturnCounters = { quantityDelivered: number; quantityReturned: number; quantityInRequest: number };

export function remainingToReturn(line: TReturnCounters): number {
  return Math.max(0, line.quantityDelivered - line.quantityReturned - line.quantityInRequest);
}

export type TSelectability = { selectable: true } | { selectable: false; reason: "nothingLeft" | "specialOrder" };

/** Whether a line can be ticked for a return request, and why not. */
export function lineSelectability(
  line: TReturnCounters & { specialOrder: boolean },
  specialOrderReturnsAllowed: boolean,
): TSelectability {
  if (remainingToReturn(line) <= 0) return { selectable: false, reason: "nothingLeft" };
  if (line.specialOrder && !specialOrderReturnsAllowed) return { selectable: false, reason: "specialOrder" };
  return { selectable: true };
}
