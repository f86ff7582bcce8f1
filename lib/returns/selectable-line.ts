import type { Prisma } from "@/lib/db/generated/client";
import { returnWindowStart } from "./return-window";

// The selectable line (SPEC §2.1): inside the return window, something left to return, and not a
// special order unless the dealer's company may return those. The home tile counts, "select all"
// picks and the grid ticks lines by this one rule: the where below for queries, and
// lineSelectability for a row already read (the grid shows the reason a line can't be ticked).
export type TSelectability =
  | { selectable: true }
  | { selectable: false; reason: "nothingLeft" | "specialOrder" };

/** The dealer's lines inside the return window: the rows of the history grid and its CSV. */
export function windowLineWhere(customerId: number, today?: string) {
  return {
    customerId,
    deliveryDate: { gte: returnWindowStart(today) },
  } satisfies Prisma.DeliveredLineWhereInput;
}

/** The dealer's selectable lines as a Prisma filter. */
export function selectableLineWhere(
  customerId: number,
  specialOrderReturnsAllowed: boolean,
  today?: string,
): Prisma.DeliveredLineWhereInput {
  return {
    ...windowLineWhere(customerId, today),
    quantityRemaining: { gt: 0 },
    ...(specialOrderReturnsAllowed ? {} : { specialOrder: false }),
  };
}

/** Whether a line of the window can be ticked for a return request, and why not. */
export function lineSelectability(
  line: { quantityRemaining: number; specialOrder: boolean },
  specialOrderReturnsAllowed: boolean,
): TSelectability {
  if (line.quantityRemaining <= 0) return { selectable: false, reason: "nothingLeft" };
  if (line.specialOrder && !specialOrderReturnsAllowed) return { selectable: false, reason: "specialOrder" };
  return { selectable: true };
}
