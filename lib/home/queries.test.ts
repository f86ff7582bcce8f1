import { expect, it } from "vitest";
import { addDays, addMonths, dateOnly, todayIso } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { getHomeCounts } from "./queries";

// The home tiles count the dealer's own rows by the same rules as the pages behind them.
it("counts returnable lines of the last 12 months, open RMAs and claims, open lines and unpaid invoices of the dealer only", async () => {
  const today = todayIso();
  const [dealer, other] = await Promise.all([
    db.customer.create({ data: { erpNumber: "40001", name: "Dealer" } }),
    db.customer.create({ data: { erpNumber: "40002", name: "Other" } }),
  ]);
  const user = await db.user.create({ data: { email: "home@test", name: "H", customerId: dealer.id } });
  const line = (customerId: number, key: string, deliveryDate: string) => ({
    customerId,
    erpKey: key,
    salesOrderNumber: "MVO1",
    articleNumber: "WG1",
    articleName: "Turbo",
    netUnitPrice: "10.00",
    quantityOrdered: 2,
    quantityDelivered: 2,
    deliveryDate: dateOnly(deliveryDate),
  });
  await db.deliveredLine.createMany({
    data: [
      line(dealer.id, "a", addDays(today, -3)),
      line(dealer.id, "b", addDays(today, -30)), // 1 returned
      line(dealer.id, "c", addDays(today, -40)), // 1 returned, 1 in request: nothing left
      line(dealer.id, "d", addMonths(today, -12)), // first day of the window
      line(dealer.id, "e", addDays(addMonths(today, -12), -1)), // just outside
      line(other.id, "f", addDays(today, -3)),
    ],
  });
  // The counters follow the RMA lines (database trigger): b and c returned on the closed RMA, c in request on the open one.
  const lineId = async (key: string) =>
    (await db.deliveredLine.findUniqueOrThrow({ where: { erpKey: key } })).id;
  const reason = await db.returnReason.create({
    data: { code: "HOME", labelNl: "R", labelFr: "R", labelEn: "R", labelDe: "R" },
  });
  const received = async (key: string) => ({
    deliveredLineId: await lineId(key),
    reasonId: reason.id,
    quantityExpected: 1,
    quantityReceived: 1,
    receivedAt: dateOnly(today),
    status: "RECEIVED" as const,
  });
  const rma = (customerId: number, key: string, status: "OPEN" | "CLOSED", lines: object[] = []) =>
    db.rma.create({
      data: {
        number: `IRM${key}`,
        customerId,
        createdById: user.id,
        idempotencyKey: key,
        status,
        surcharge: "2.50",
        closedAt: status === "CLOSED" ? new Date() : null,
        lines: { create: lines as never },
      },
    });
  await Promise.all([
    rma(dealer.id, "2600001", "OPEN", [
      { deliveredLineId: await lineId("c"), reasonId: reason.id, quantityExpected: 1 },
    ]),
    rma(dealer.id, "2600002", "CLOSED", [await received("b"), await received("c")]),
    rma(other.id, "2600003", "OPEN"),
  ]);
  await db.openOrderLine.createMany({
    data: [
      {
        customerId: dealer.id,
        erpKey: "o1",
        salesOrderNumber: "VVO1",
        orderDate: dateOnly(today),
        articleNumber: "WG1",
        deliverArticleNumber: "WG1",
        articleName: "T",
        quantityOrdered: 3,
        quantityDelivered: 1,
      },
      {
        customerId: dealer.id,
        erpKey: "o2",
        salesOrderNumber: "VVO1",
        orderDate: dateOnly(today),
        articleNumber: "WG1",
        deliverArticleNumber: "WG1",
        articleName: "T",
        quantityOrdered: 3,
        quantityDelivered: 3,
      },
    ],
  });
  await db.invoice.createMany({
    data: [
      {
        customerId: dealer.id,
        number: "F1",
        invoiceDate: dateOnly(addDays(today, -60)),
        dueDate: dateOnly(addDays(today, -30)),
        amount: "100.00",
      },
      {
        customerId: dealer.id,
        number: "F2",
        invoiceDate: dateOnly(today),
        dueDate: dateOnly(addDays(today, 30)),
        amount: "50.00",
      },
    ],
  });
  await db.invoice.create({
    data: {
      customerId: dealer.id,
      number: "F3",
      invoiceDate: dateOnly(today),
      dueDate: dateOnly(addDays(today, 30)),
      amount: "70.00",
      payments: { create: { erpKey: "F3-P1", amount: "70.00", paidOn: dateOnly(today) } }, // settled: paid in full
    },
  });

  expect(await getHomeCounts(dealer.id)).toEqual({
    returnableLines: 3,
    openRmas: 1,
    openClaims: 0,
    openOrderLines: 1,
    movedOrderLines: 0,
    unpaidInvoices: 2,
    overdueInvoices: 1,
    invoicesToPay: 2,
    credits: 0,
    balance: "150.00",
  });
  expect((await getHomeCounts(other.id)).returnableLines).toBe(1);
});
