import { afterEach, describe, expect, it, vi } from "vitest";
import { addDays, addMonths, dateOnly, todayIso } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { toCsv } from "@/lib/grid/csv";
import { parseGridState } from "@/lib/grid/params";
import { UNPAID_DEFAULT_SORT, unpaidColumns } from "@/lib/invoices/columns";
import { listUnpaidInvoices } from "@/lib/invoices/queries";
import { historyColumns } from "@/lib/returns/columns";
import { DEFAULT_HISTORY_SORT } from "@/lib/returns/grid-links";
import { getReturnHistory, getSelectableHistoryIds } from "@/lib/returns/history-query";
import { seedCompany, seedReturnHistory } from "@/lib/returns/test-fixtures";
import { wholeList } from "@/tests/batches";
import { getHomeCounts } from "./queries";

// Each rule (the 12-month window, the selectable line, overdue, the business time zone) must
// give the same answer on the home tile, in the grid (page, "select all") and in the CSV export.
const history = historyColumns((key) => key);
const unpaid = unpaidColumns((id) => id);
const historyState = (params: Record<string, string> = {}) =>
  parseGridState(params, history, { sort: DEFAULT_HISTORY_SORT });
const unpaidState = (params: Record<string, string> = {}) =>
  parseGridState(params, unpaid, { sort: UNPAID_DEFAULT_SORT });

/** The CSV as the export route writes it (nl), one record per row, keyed by column id. */
function csvRecords(columns: typeof history, rows: Record<string, unknown>[]): Record<string, string>[] {
  const [, ...body] = toCsv(columns, rows, "nl")
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
  return body.map((line) => Object.fromEntries(line.split(";").map((cell, i) => [columns[i]!.id, cell])));
}

let counter = 0;
async function line(
  customerId: number,
  deliveryDate: string,
  data: { delivered?: number; returned?: number; specialOrder?: boolean } = {},
) {
  counter += 1;
  const created = await db.deliveredLine.create({
    data: {
      customerId,
      erpKey: `TA-${customerId}-${counter}`,
      salesOrderNumber: `MVO26${String(counter).padStart(5, "0")}`,
      articleNumber: `WG${String(counter).padStart(7, "0")}`,
      articleName: "Turbolader",
      netUnitPrice: "100.00",
      quantityOrdered: data.delivered ?? 2,
      quantityDelivered: data.delivered ?? 2,
      specialOrder: data.specialOrder ?? false,
      deliveryDate: dateOnly(deliveryDate),
    },
  });
  if (data.returned) await seedReturnHistory(created.id, { returned: data.returned });
  return created;
}

/** What every place says about the dealer's returnable lines. */
async function returnableEverywhere(customerId: number) {
  const [tile, page, csv, selectAll] = await Promise.all([
    getHomeCounts(customerId),
    getReturnHistory(customerId, history, historyState({ size: "100" })),
    getReturnHistory(customerId, history, wholeList(historyState())),
    getSelectableHistoryIds(customerId, history, historyState()),
  ]);
  return {
    tile: tile.returnableLines,
    selectAll: selectAll.ids.length,
    gridSelectable: page.rows.filter((r) => r.selectable).length,
    csvSelectable: csvRecords(history, csv.rows).filter(
      (r) => Number(r.remaining) > 0 && (r.specialOrder === "Nee" || page.specialOrderReturnsAllowed),
    ).length,
    gridTotal: page.total,
    csvRows: csv.rows.length,
  };
}

describe("the selectable line", () => {
  it("is counted on the home tile exactly as 'select all' picks it, for a dealer with special-order lines", async () => {
    const { customer } = await seedCompany({ specialOrderReturnsAllowed: false });
    const today = todayIso();
    await line(customer.id, addDays(today, -2));
    await line(customer.id, addDays(today, -3), { specialOrder: true });
    await line(customer.id, addDays(today, -4), { specialOrder: true });
    await line(customer.id, addDays(today, -5), { returned: 2 }); // nothing left
    await line(customer.id, addDays(today, -6), { specialOrder: true, returned: 2 });
    await line(customer.id, addDays(today, -7), { delivered: 4, returned: 1 });

    expect(await returnableEverywhere(customer.id)).toEqual({
      tile: 2,
      selectAll: 2,
      gridSelectable: 2,
      csvSelectable: 2,
      gridTotal: 6,
      csvRows: 6,
    });
  });

  it("includes special-order lines for a dealer allowed to return them, everywhere", async () => {
    const { customer } = await seedCompany({ specialOrderReturnsAllowed: true });
    const today = todayIso();
    await line(customer.id, addDays(today, -2));
    await line(customer.id, addDays(today, -3), { specialOrder: true });
    await line(customer.id, addDays(today, -6), { specialOrder: true, returned: 2 });

    expect(await returnableEverywhere(customer.id)).toEqual({
      tile: 2,
      selectAll: 2,
      gridSelectable: 2,
      csvSelectable: 2,
      gridTotal: 3,
      csvRows: 3,
    });
  });
});

describe("the 12-month window", () => {
  it("starts on the same day twelve months ago on the tile, in the grid, in 'select all' and in the CSV", async () => {
    const { customer } = await seedCompany();
    const start = addMonths(todayIso(), -12);
    const first = await line(customer.id, start);
    await line(customer.id, addDays(start, -1));

    expect(await returnableEverywhere(customer.id)).toEqual({
      tile: 1,
      selectAll: 1,
      gridSelectable: 1,
      csvSelectable: 1,
      gridTotal: 1,
      csvRows: 1,
    });
    expect((await getSelectableHistoryIds(customer.id, history, historyState())).ids).toEqual([first.id]);
  });
});

async function invoice(
  customerId: number,
  number: string,
  amount: string,
  due: string,
  extra: { paid?: string; kind?: "INVOICE" | "CREDIT_NOTE" } = {},
) {
  const created = await db.invoice.create({
    data: {
      customerId,
      number,
      amount,
      kind: extra.kind ?? "INVOICE",
      invoiceDate: dateOnly(addDays(due, -30)),
      dueDate: dateOnly(due),
    },
  });
  if (extra.paid)
    await db.payment.create({
      data: {
        invoiceId: created.id,
        erpKey: `${number}-p`,
        amount: extra.paid,
        paidOn: dateOnly(due),
        overpayment: Number(amount) > 0 && Number(extra.paid) > Number(amount),
      },
    });
}

/** What every place says about the dealer's unpaid and overdue invoices. */
async function invoicesEverywhere(customerId: number) {
  const [tile, page, overdueFilter, csv] = await Promise.all([
    getHomeCounts(customerId),
    listUnpaidInvoices(customerId, unpaidState()),
    listUnpaidInvoices(customerId, unpaidState({ "f.overdue": "ja" })),
    listUnpaidInvoices(customerId, { ...unpaidState(), page: 1, pageSize: 0 }),
  ]);
  const csvRows = csvRecords(unpaid, csv.rows);
  return {
    tile: [tile.unpaidInvoices, tile.overdueInvoices],
    grid: [page.total, page.rows.filter((r) => r.overdue).length],
    totals: [page.totals.count, page.totals.overdueCount],
    overdueFilter: overdueFilter.total,
    csv: [csvRows.length, csvRows.filter((r) => r.overdue === "Ja").length],
    overdueNumbers: page.rows.filter((r) => r.overdue).map((r) => r.number),
  };
}

describe("overdue", () => {
  it("is an invoice with something still to pay after its due date: never a credit note or an overpaid one", async () => {
    const { customer } = await seedCompany();
    const today = todayIso();
    await invoice(customer.id, "MVF2690001", "100.00", addDays(today, -1)); // overdue
    await invoice(customer.id, "MVF2690002", "100.00", today); // due today
    await invoice(customer.id, "MVF2690003", "100.00", addDays(today, -40), { paid: "120.00" }); // overpaid
    await invoice(customer.id, "MVF2690004", "-50.00", addDays(today, -40), { kind: "CREDIT_NOTE" }); // credit note
    await invoice(customer.id, "MVF2690005", "100.00", addDays(today, -10), { paid: "40.00" }); // partly paid, overdue

    expect(await invoicesEverywhere(customer.id)).toEqual({
      tile: [5, 2],
      grid: [5, 2],
      totals: [5, 2],
      overdueFilter: 2,
      csv: [5, 2],
      overdueNumbers: ["MVF2690005", "MVF2690001"],
    });
    const { totals } = await listUnpaidInvoices(customer.id, unpaidState());
    expect(totals.overdue).toBe("160.00");
    expect(totals.buckets).toEqual({
      notDue: "30.00",
      days1to30: "160.00",
      days31to60: "0.00",
      days61to90: "0.00",
      over90: "0.00",
    });
  });
});

describe("the balance", () => {
  it("nets credit notes and overpayments against what is to pay, the same on the tile and the page", async () => {
    const { customer } = await seedCompany();
    const today = todayIso();
    await invoice(customer.id, "MVF2690021", "100.00", addDays(today, -1)); // to pay, overdue
    await invoice(customer.id, "MVF2690022", "250.00", addDays(today, 10), { paid: "50.00" }); // to pay 200
    await invoice(customer.id, "MVF2690023", "100.00", addDays(today, -40), { paid: "112.50" }); // overpaid -12.50
    await invoice(customer.id, "MVF2690024", "-80.00", addDays(today, -5), { kind: "CREDIT_NOTE" }); // credit
    await invoice(customer.id, "MVF2690025", "40.00", addDays(today, -5), { paid: "40.00" }); // paid: not listed

    const [tile, page] = await Promise.all([
      getHomeCounts(customer.id),
      listUnpaidInvoices(customer.id, unpaidState({ size: "100" })),
    ]);
    const open = page.rows.map((row) => Number(row.openAmount));
    const pageFigures = {
      toPay: [page.totals.toPayCount, page.totals.toPay],
      credit: [page.totals.creditCount, page.totals.credit],
      balance: page.totals.open,
      overdue: page.totals.overdueCount,
    };
    expect(pageFigures).toEqual({
      toPay: [2, "300.00"],
      credit: [2, "-92.50"],
      balance: "207.50",
      overdue: 1,
    });
    expect([open.filter((v) => v > 0).length, open.filter((v) => v < 0).length]).toEqual([2, 2]);
    expect({
      toPay: tile.invoicesToPay,
      credits: tile.credits,
      balance: tile.balance,
      overdue: tile.overdueInvoices,
    }).toEqual({ toPay: 2, credits: 2, balance: "207.50", overdue: 1 });
  });
});

describe("the business time zone", () => {
  afterEach(() => vi.useRealTimers());

  it("decides 'today' in Amsterdam for the window and for overdue, whatever the clock's zone", async () => {
    const { customer } = await seedCompany();
    // 23:30 UTC on 28 March 2026 is already 29 March in Amsterdam.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-28T23:30:00Z"));
    expect(todayIso()).toBe("2026-03-29");
    await line(customer.id, "2025-03-29");
    await line(customer.id, "2025-03-28"); // inside the window on a UTC clock, outside in Amsterdam
    await invoice(customer.id, "MVF2690011", "100.00", "2026-03-28"); // overdue in Amsterdam, due today in UTC

    expect(await returnableEverywhere(customer.id)).toEqual({
      tile: 1,
      selectAll: 1,
      gridSelectable: 1,
      csvSelectable: 1,
      gridTotal: 1,
      csvRows: 1,
    });
    expect(await invoicesEverywhere(customer.id)).toMatchObject({ tile: [1, 1], grid: [1, 1], csv: [1, 1] });
  });
});
