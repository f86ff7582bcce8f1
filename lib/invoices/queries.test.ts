import { beforeAll, describe, expect, it, vi } from "vitest";
import { addDays, dateOnly } from "@/lib/dates";
import { db } from "@/lib/db/client";
import type { TGridState } from "@/lib/grid/types";
import { openAmount, sumAmounts } from "./open-amount";
import { countUnpaidInvoices, findInvoiceDocument, listUnpaidInvoices } from "./queries";

const today = "2026-11-28";
const all: TGridState = { page: 1, pageSize: 0, sort: null, filters: {} };
let dealer: number;
let other: number;

async function invoice(
  customerId: number,
  number: string,
  amount: string,
  dueInDays: number,
  payments: string[] = [],
  extra: { kind?: "INVOICE" | "CREDIT_NOTE"; settled?: boolean; documentId?: number } = {},
) {
  const due = addDays(today, dueInDays);
  const created = await db.invoice.create({
    data: {
      customerId,
      number,
      amount,
      invoiceDate: dateOnly(addDays(due, -30)),
      dueDate: dateOnly(due),
      kind: extra.kind ?? "INVOICE",
      settled: extra.settled ?? false,
      documentId: extra.documentId,
    },
  });
  for (const [i, paid] of payments.entries()) {
    await db.payment.create({
      data: {
        invoiceId: created.id,
        erpKey: `${number}-${i}`,
        amount: paid,
        paidOn: dateOnly(addDays(today, -5)),
        // The ERP flags a payment beyond what is open (ERP API 1.1); such an invoice is settled.
        overpayment: Number(amount) > 0 && Number(paid) > Number(amount),
      },
    });
  }
}

beforeAll(async () => {
  dealer = (await db.customer.create({ data: { erpNumber: "20001", name: "Garage Test" } })).id;
  other = (await db.customer.create({ data: { erpNumber: "20002", name: "Other" } })).id;
  const document = await db.document.create({
    data: {
      customerId: dealer,
      kind: "INVOICE",
      source: "ERP",
      fileName: "MVF2600001.pdf",
      contentType: "application/pdf",
      size: 10,
      sha256: "x",
      storageKey: "doc-mvf2600001",
    },
  });
  await invoice(dealer, "MVF2600001", "1000.00", 10, ["250.00", "250.00"], { documentId: document.id }); // partly paid, not due
  await invoice(dealer, "MVF2600002", "500.00", 0); // due today
  await invoice(dealer, "MVF2600003", "0.30", -1, ["0.10"]); // overdue yesterday, 0.20 open
  await invoice(dealer, "MVF2600004", "200.00", -45, ["200.00"]); // fully paid: not listed
  await invoice(dealer, "MVF2600005", "100.00", -75, ["120.00"]); // overpaid: -20.00
  await invoice(dealer, "MVF2600006", "-80.00", -100, [], { kind: "CREDIT_NOTE" }); // unsettled credit note
  await invoice(dealer, "MVF2600007", "-60.00", -10, ["-60.00"], { kind: "CREDIT_NOTE" }); // settled (booked in full): not listed
  await invoice(dealer, "MVF2600008", "1165.50", -31, []);
  await invoice(other, "MVF2609999", "999.00", -5, []);
});

describe("listUnpaidInvoices", () => {
  it("lists only the tenant's unpaid rows with open = amount − payments", async () => {
    const { rows, total } = await listUnpaidInvoices(dealer, all, { today });
    expect(rows.map((r) => r.number)).toEqual([
      "MVF2600006",
      "MVF2600005",
      "MVF2600008",
      "MVF2600003",
      "MVF2600002",
      "MVF2600001",
    ]);
    expect(total).toBe(6);
    const byNumber = Object.fromEntries(rows.map((r) => [r.number, r]));
    expect(byNumber.MVF2600001).toMatchObject({
      paidAmount: "500.00",
      openAmount: "500.00",
      overdue: false,
      hasDocument: true,
    });
    expect(byNumber.MVF2600002).toMatchObject({ openAmount: "500.00", overdue: false });
    expect(byNumber.MVF2600003).toMatchObject({ openAmount: "0.20", overdue: true, daysOverdue: 1 });
    expect(byNumber.MVF2600005).toMatchObject({ openAmount: "-20.00", paidAmount: "120.00", overdue: false });
    expect(byNumber.MVF2600006).toMatchObject({
      openAmount: "-80.00",
      kind: "CREDIT_NOTE",
      paidAmount: "0.00",
      overdue: false,
    });
    const foreign = await listUnpaidInvoices(other, all, { today });
    expect(foreign.rows.map((r) => r.number)).toEqual(["MVF2609999"]);
  });

  it("agrees with open-amount.ts; totals sum the rows; only what is left to pay is overdue", async () => {
    const { rows, totals } = await listUnpaidInvoices(dealer, all, { today });
    for (const row of rows) expect(openAmount(row.amount, [row.paidAmount])).toBe(row.openAmount);
    expect(totals.open).toBe(sumAmounts(rows.map((r) => r.openAmount)));
    expect(totals.open).toBe("2065.70");
    expect(totals.overdue).toBe(sumAmounts(rows.filter((r) => r.overdue).map((r) => r.openAmount)));
    expect(totals.overdueCount).toBe(2);
    expect(sumAmounts(Object.values(totals.buckets))).toBe(totals.open);
    const overdueBuckets = Object.entries(totals.buckets).filter(([bucket]) => bucket !== "notDue");
    expect(sumAmounts(overdueBuckets.map(([, amount]) => amount))).toBe(totals.overdue);
    // The overpaid invoice and the credit note are past their due dates but not overdue: "not yet due".
    expect(totals.buckets).toEqual({
      notDue: "900.00",
      days1to30: "0.20",
      days31to60: "1165.50",
      days61to90: "0.00",
      over90: "0.00",
    });
  });

  it("filters per column, sorts and pages in the database", async () => {
    const byNumber = await listUnpaidInvoices(dealer, { ...all, filters: { number: "0000" } }, { today });
    expect(byNumber.rows.map((r) => r.number)).toEqual([
      "MVF2600006",
      "MVF2600005",
      "MVF2600008",
      "MVF2600003",
      "MVF2600002",
      "MVF2600001",
    ]);
    expect((await listUnpaidInvoices(dealer, { ...all, filters: { number: "%" } }, { today })).total).toBe(0);
    expect(
      (await listUnpaidInvoices(dealer, { ...all, filters: { amount: "1.165,50" } }, { today })).rows.map(
        (r) => r.number,
      ),
    ).toEqual(["MVF2600008"]);
    expect(
      (await listUnpaidInvoices(dealer, { ...all, filters: { openAmount: "< 0" } }, { today })).rows.map(
        (r) => r.number,
      ),
    ).toEqual(["MVF2600006", "MVF2600005"]);
    expect(
      (await listUnpaidInvoices(dealer, { ...all, filters: { amount: "not money" } }, { today })).total,
    ).toBe(6);
    expect(
      (
        await listUnpaidInvoices(
          dealer,
          { ...all, filters: { dueDate: addDays(today, 0).split("-").reverse().join("-") } },
          { today },
        )
      ).rows.map((r) => r.number),
    ).toEqual(["MVF2600002"]);
    const overdue = await listUnpaidInvoices(dealer, { ...all, filters: { overdue: "ja" } }, { today });
    expect(overdue.total).toBe(2);
    expect(overdue.totals.open).toBe(overdue.totals.overdue);
    expect((await listUnpaidInvoices(dealer, { ...all, filters: { overdue: "no" } }, { today })).total).toBe(
      4,
    );
    const sorted = await listUnpaidInvoices(
      dealer,
      { page: 2, pageSize: 2, sort: { id: "openAmount", dir: "desc" }, filters: {} },
      { today },
    );
    expect(sorted.rows.map((r) => r.number)).toEqual(["MVF2600001", "MVF2600003"]);
    expect(sorted.total).toBe(6);
    expect(sorted.totals.open).toBe("2065.70");
    const unknownSort = await listUnpaidInvoices(
      dealer,
      { ...all, sort: { id: "nope; DROP TABLE", dir: "asc" } },
      { today },
    );
    expect(unknownSort.total).toBe(6);
  });

  it("counts for the home tile by the same definition", async () => {
    const tile = await countUnpaidInvoices(dealer, today);
    const page = await listUnpaidInvoices(dealer, all, { today });
    expect(tile).toMatchObject({ unpaid: 6, overdue: 2, balance: page.totals.open });
    expect(tile.toPay + tile.credits).toBe(6);
  });

  it("reads only the totals for the home tile, not a page of rows it would not show", async () => {
    const queries = vi.spyOn(db, "$queryRaw");
    try {
      await countUnpaidInvoices(dealer, today);
      expect(queries).toHaveBeenCalledTimes(1);
      expect(queries.mock.calls[0]!.join(" ")).not.toContain("ORDER BY");
    } finally {
      queries.mockRestore();
    }
  });

  it("puts each age boundary in its bucket, in whole days across a daylight-saving change", async () => {
    const aged = (await db.customer.create({ data: { erpNumber: "20003", name: "Aged" } })).id;
    for (const days of [0, 1, 30, 31, 60, 61, 90, 91]) {
      await invoice(aged, `MVF26100${String(days).padStart(2, "0")}`, "1.00", -days);
    }
    const { rows, totals } = await listUnpaidInvoices(aged, all, { today });
    const byNumber = Object.fromEntries(rows.map((r) => [r.number, [r.daysOverdue, r.overdue]]));
    expect(byNumber).toMatchObject({ MVF2610000: [0, false], MVF2610001: [1, true] });
    expect(totals.buckets).toEqual({
      notDue: "1.00",
      days1to30: "2.00",
      days31to60: "2.00",
      days61to90: "2.00",
      over90: "1.00",
    });
    const spring = await db.customer.create({ data: { erpNumber: "20004", name: "Spring" } });
    await db.invoice.create({
      data: {
        customerId: spring.id,
        number: "MVF2610100",
        amount: "1.00",
        invoiceDate: dateOnly("2026-02-26"),
        dueDate: dateOnly("2026-03-28"),
      },
    });
    const afterSpringForward = await listUnpaidInvoices(spring.id, all, { today: "2026-03-30" });
    expect(afterSpringForward.rows[0]).toMatchObject({ daysOverdue: 2, overdue: true });
  });
});

describe("findInvoiceDocument", () => {
  it("finds the dealer's own document and nothing for another dealer or without a document", async () => {
    expect(await findInvoiceDocument(dealer, "MVF2600001")).toMatchObject({ storageKey: "doc-mvf2600001" });
    expect(await findInvoiceDocument(other, "MVF2600001")).toBeNull();
    expect(await findInvoiceDocument(dealer, "MVF2600002")).toBeNull();
    expect(await findInvoiceDocument(dealer, "MVF0000000")).toBeNull();
  });
});
