import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addDays, addMonths, dateOnly, todayIso } from "@/lib/dates";
import { getHomeCounts } from "./queries";

// The home tiles count the dealer's own rows by the same rules as the pages behind them.
it("counts returnable lines of the last 12 months, open RMAs and claims, open lines and unpaid invoices of the dealer only", async () => {
  const today = todayIso();
  const [dealer, other] = await Promise.all([
    db.customer.create({ data: { erpNumber: "40001", name: "Dealer" } }),
    db.customer.create({ data: { erpNumber: "40002", name: "Other" } }),
  ]);
  const user = await db.user.create({ data: { email: "home@test", name: "H", customerId: dealer.id } });
  const line = (customerId: number, key: string, deliveryDate: string, counters: { returned?: number; inRequest?: number } = {}) => ({
    customerId, erpKey: key, salesOrderNumber: "MVO1", articleNumber: "WG1", articleName: "Turbo", netUnitPrice: "10.00",
    quantityOrdered: 2, quantityDelivered: 2, quantityReturned: counters.returned ?? 0, quantityInRequest: counters.inRequest ?? 0, deliveryDate: dateOnly(deliveryDate),
  });
  await db.deliveredLine.createMany({
    data: [
      line(dealer.id, "a", addDays(today, -3)),
      line(dealer.id, "b", addDays(today, -30), { returned: 1 }),
      line(dealer.id, "c", addDays(today, -40), { returned: 1, inRequest: 1 }), // nothing left
      line(dealer.id, "d", addMonths(today, -12)), // first day of the window
      line(dealer.id, "e", addDays(addMonths(today, -12), -1)), // just outside
      line(other.id, "f", addDays(today, -3)),
    ],
  });
  const rma = (customerId: number, key: string, status: "OPEN" | "CLOSED") =>
    db.rma.create({ data: { number: `IRM${key}`, customerId, createdById: user.id, idempotencyKey: key, status, surcharge: "2.50" } });
  await Promise.all([rma(dealer.id, "2600001", "OPEN"), rma(dealer.id, "2600002", "CLOSED"), rma(other.id, "2600003", "OPEN")]);
  await db.openOrderLine.createMany({
    data: [
      { customerId: dealer.id, erpKey: "o1", salesOrderNumber: "VVO1", orderDate: dateOnly(today), articleNumber: "WG1", deliverArticleNumber: "WG1", articleName: "T", quantityOrdered: 3, quantityDelivered: 1 },
      { customerId: dealer.id, erpKey: "o2", salesOrderNumber: "VVO1", orderDate: dateOnly(today), articleNumber: "WG1", deliverArticleNumber: "WG1", articleName: "T", quantityOrdered: 3, quantityDelivered: 3 },
    ],
  });
  await db.invoice.createMany({
    data: [
      { customerId: dealer.id, number: "F1", invoiceDate: dateOnly(addDays(today, -60)), dueDate: dateOnly(addDays(today, -30)), amount: "100.00" },
      { customerId: dealer.id, number: "F2", invoiceDate: dateOnly(today), dueDate: dateOnly(addDays(today, 30)), amount: "50.00" },
      { customerId: dealer.id, number: "F3", invoiceDate: dateOnly(today), dueDate: dateOnly(addDays(today, 30)), amount: "70.00", settled: true },
    ],
  });

  expect(await getHomeCounts(dealer.id)).toEqual({ returnableLines: 3, openRmas: 1, openClaims: 0, openOrderLines: 1, unpaidInvoices: 2, overdueInvoices: 1 });
  expect((await getHomeCounts(other.id)).returnableLines).toBe(1);
});
