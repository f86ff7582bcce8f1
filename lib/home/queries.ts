import "server-only";
import { db } from "@/lib/db/client";
import { countUnpaidInvoices } from "@/lib/invoices/queries";
import { countOpenOrderLines } from "@/lib/orders/queries";
import { countSelectableLines } from "@/lib/returns/history-query";

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
  const [returnable, openRmas, openClaims, openLines, invoices] = await Promise.all([
    countSelectableLines(customerId),
    db.rma.count({ where: { customerId, status: "OPEN" } }),
    db.warrantyClaim.count({ where: { customerId, status: { in: ["RECEIVED", "IN_TREATMENT"] } } }),
    countOpenOrderLines(customerId),
    countUnpaidInvoices(customerId),
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
