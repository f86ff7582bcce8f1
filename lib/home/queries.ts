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
    db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM "DeliveredLine"
      WHERE "customerId" = ${customerId} AND "deliveryDate" >= ${dateOnly(addMonths(today, -12))}
        AND "quantityDelivered" - "quantityReturned" - "quantityInRequest" > 0`,
    db.rma.count({ where: { customerId, status: "OPEN" } }),
    db.warrantyClaim.count({ where: { customerId, status: { in: ["RECEIVED", "IN_TREATMENT"] } } }),
    countOpenOrderLines(customerId),
    countUnpaidInvoices(customerId, today),
  ]);
  return {
    returnableLines: Number(returnable[0]?.count ?? 0),
    openRmas,
    openClaims,
    openOrderLines: openLines,
    unpaidInvoices: invoices.unpaid,
    overdueInvoices: invoices.overdue,
  };
}
