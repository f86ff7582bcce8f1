// "Aantal nog te retourneren": what a dealer may still ask to return of a delivered line. The
// database keeps it as the generated column DeliveredLine.quantityRemaining (same formula, with a
// CHECK that it never goes below zero); this is the formula for counters read without it.
export type TReturnCounters = {
  quantityDelivered: number;
  quantityReturned: number;
  quantityInRequest: number;
};

export function remainingToReturn(line: TReturnCounters): number {
  return Math.max(0, line.quantityDelivered - line.quantityReturned - line.quantityInRequest);
}
