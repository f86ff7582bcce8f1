import "server-only";
import { db } from "@/lib/db/client";
import { countUnpaidInvoices } from "@/lib/invoices/queries";
import { countMovedLines } from "@/lib/orders/marks";
import { countOpenOrderLines } from "@/lib/orders/queries";
import { countSelectableLines } from "@/lib/returns/history-query";

export type THomeCounts = {
  returnableLines: number;
  openRmas: number;
  openClaims: number;
  openOrderLines: number;
  /** Open lines with a "moved later" mark this user has not acknowledged (0 without a user). */
  movedOrderLines: number;
  unpaidInvoices: number;
  overdueInvoices: number;
  invoicesToPay: number;
  credits: number;
  /** Net balance of the unpaid page: to pay minus credit notes and overpayments. */
  balance: string;
};

// The live counts on the home tiles, all scoped to the dealer's company; the marks are the user's own.
export async function getHomeCounts(customerId: number, userId: number | null = null): Promise<THomeCounts> {
  const [returnable, openRmas, openClaims, openLines, moved, invoices] = await Promise.all([
    countSelectableLines(customerId),
    db.rma.count({ where: { customerId, status: "OPEN" } }),
    db.warrantyClaim.count({ where: { customerId, status: { in: ["RECEIVED", "IN_TREATMENT"] } } }),
    countOpenOrderLines(customerId),
    userId === null ? 0 : countMovedLines(customerId, userId),
    countUnpaidInvoices(customerId),
  ]);
  return {
    returnableLines: returnable,
    openRmas,
    openClaims,
    openOrderLines: openLines,
    movedOrderLines: moved,
    unpaidInvoices: invoices.unpaid,
    overdueInvoices: invoices.overdue,
    invoicesToPay: invoices.toPay,
    credits: invoices.credits,
    balance: invoices.balance,
  };
}
