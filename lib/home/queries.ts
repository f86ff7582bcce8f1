import "server-only";
import { db } from "@/lib/db/client";
import { addMonths, dateOnly, todayIso } from "@/lib/dates";
import { countUnpaidInvoices } from "@/lib/invoices/queries";
import { countOpenOrderLines } from "@/lib/orders/queries";

export type THomeCounts = {
  returnableLines: number;
  openRmas: number;
  openClaims: number;
  openOrderLines: number;
  unpaidInvoices: number;
  overdueInvoices: number;
};

// The live counts on the home tiles, all scoped to the dealer's company.
export async function getHomeCounts(customerId: number): Promise<THomeCounts> {
  const today = todayIso();
  const [returnable, openRmas, openClaims, openLines, invoices] = await Promise.all([
    // Note: the generated column, so the count is an index-only scan of (customerId, quantityRemaining, id, deliveryDate).
    db.deliveredLine.count({ where: { customerId, quantityRemaining: { gt: 0 }, deliveryDate: { gte: dateOnly(addMonths(today, -12)) } } }),
    db.rma.count({ where: { customerId, status: "OPEN" } }),
    db.warrantyClaim.count({ where: { customerId, status: { in: ["RECEIVED", "IN_TREATMENT"] } } }),
    countOpenOrderLines(customerId),
    countUnpaidInvoices(customerId, today),
  ]);
  return {
    returnableLines: returnable,
    openRmas,
    openClaims,
    openOrderLines: openLines,
    unpaidInvoices: invoices.unpaid,
    overdueInvoices: invoices.overdue,
  };
}
