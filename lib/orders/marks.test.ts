import { describe, expect, it } from "vitest";
import type { TDealer } from "@/lib/auth/session";
import { addDays, dateOnly, todayIso } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getHomeCounts } from "@/lib/home/queries";
import { setLineExpectedDate } from "@/lib/staff/orders/expected-date";
import { createStaffAndDealer } from "@/lib/staff/test-fixtures";
import { wholeList } from "@/tests/batches";
import { openLineColumns } from "./columns";
import { acknowledgeExpectedDates, countMovedLines } from "./marks";
import { listOpenOrderLines } from "./queries";

// Issue 19: a "moved later" mark stays, page load after page load, until that user acknowledges
// that line; the banner's and the home tile's count agree with the grid.
const columns = openLineColumns((id) => id);
const all = wholeList({ page: 1, pageSize: 20, sort: null, filters: {} });
let counter = 0;

async function openLine(customerId: number, expected: string) {
  counter += 1;
  return db.openOrderLine.create({
    data: {
      customerId,
      erpKey: `mk-${customerId}-${counter}`,
      salesOrderNumber: `VVO77${String(counter).padStart(5, "0")}`,
      orderDate: dateOnly("2026-11-01"),
      articleNumber: "WG1803348",
      deliverArticleNumber: "WG1803348",
      articleName: "Turbo",
      quantityOrdered: 2,
      expectedDate: dateOnly(expected),
    },
  });
}

function asDealer(user: { id: number; email: string; name: string }, customerId: number): TDealer {
  const company = { name: "Garage Test", erpNumber: "T1" };
  return {
    userId: user.id,
    customerId,
    role: "DEALER",
    email: user.email,
    name: user.name,
    language: "nl",
    company,
  };
}

async function setup() {
  const { customer, staff, dealerUser } = await createStaffAndDealer();
  const colleague = await db.user.create({
    data: { email: `colleague-${customer.id}@test.test`, name: "Colleague", customerId: customer.id },
  });
  const base = addDays(todayIso(), 10);
  const a = await openLine(customer.id, base);
  const b = await openLine(customer.id, base);
  const c = await openLine(customer.id, base);
  await setLineExpectedDate(staff, { lineId: a.id, expectedDate: addDays(base, 7) }); // later
  await setLineExpectedDate(staff, { lineId: b.id, expectedDate: addDays(base, 3) }); // later
  await setLineExpectedDate(staff, { lineId: c.id, expectedDate: addDays(base, -2) }); // earlier: no mark
  return {
    customer,
    staff,
    base,
    lines: { a, b, c },
    dealer: asDealer(dealerUser, customer.id),
    colleague: asDealer(colleague, customer.id),
  };
}

async function marksOf(customerId: number, userId: number) {
  const { rows } = await listOpenOrderLines(customerId, columns, all, userId);
  return Object.fromEntries(rows.map((row) => [row.id, row.movedFrom]));
}

/** The grid's marks, the banner's count and the home tile's count for one user. */
async function everywhere(customerId: number, userId: number) {
  const marks = await marksOf(customerId, userId);
  return {
    grid: Object.values(marks).filter(Boolean).length,
    banner: await countMovedLines(customerId, userId),
    tile: (await getHomeCounts(customerId, userId)).movedOrderLines,
  };
}

describe("moved-later marks", () => {
  it("stay on every page load until the user acknowledges the line, per user", async () => {
    const { customer, base, lines, dealer, colleague } = await setup();
    const expected = { [lines.a.id]: base, [lines.b.id]: base, [lines.c.id]: null };
    expect(await marksOf(customer.id, dealer.userId)).toEqual(expected);
    expect(await marksOf(customer.id, dealer.userId), "a second load keeps them").toEqual(expected);
    expect(await everywhere(customer.id, dealer.userId)).toEqual({ grid: 2, banner: 2, tile: 2 });

    expect(await acknowledgeExpectedDates(dealer, [lines.a.id], new Date())).toBe(1);
    expect(await marksOf(customer.id, dealer.userId)).toEqual({ ...expected, [lines.a.id]: null });
    expect(await everywhere(customer.id, dealer.userId)).toEqual({ grid: 1, banner: 1, tile: 1 });
    expect(await everywhere(customer.id, colleague.userId), "the colleague's marks are his own").toEqual({
      grid: 2,
      banner: 2,
      tile: 2,
    });
  });

  it("come back when the date moves later again after the acknowledgement", async () => {
    const { customer, staff, base, lines, dealer } = await setup();
    await acknowledgeExpectedDates(dealer, [lines.a.id, lines.b.id], new Date());
    expect(await everywhere(customer.id, dealer.userId)).toEqual({ grid: 0, banner: 0, tile: 0 });
    await new Promise((resolve) => setTimeout(resolve, 5)); // a later change time than the acknowledgement
    await setLineExpectedDate(staff, { lineId: lines.a.id, expectedDate: addDays(base, 20) });
    expect((await marksOf(customer.id, dealer.userId))[lines.a.id]).toBe(addDays(base, 7));
    expect(await everywhere(customer.id, dealer.userId)).toEqual({ grid: 1, banner: 1, tile: 1 });
  });

  it("stay for a move made while the page was open (after it was made), and never go back in time", async () => {
    const { customer, staff, base, lines, dealer } = await setup();
    const seenAt = new Date(); // the page is made
    await new Promise((resolve) => setTimeout(resolve, 5));
    await setLineExpectedDate(staff, { lineId: lines.a.id, expectedDate: addDays(base, 30) });
    // The dealer clicks "Gezien" on the page made before that move: the new move stays marked.
    await acknowledgeExpectedDates(dealer, [lines.a.id, lines.b.id], seenAt);
    expect((await marksOf(customer.id, dealer.userId))[lines.a.id]).toBe(addDays(base, 7));
    expect(await everywhere(customer.id, dealer.userId)).toEqual({ grid: 1, banner: 1, tile: 1 });
    // A page made now acknowledges it; a stale page's click afterwards does not bring it back.
    await acknowledgeExpectedDates(dealer, [lines.a.id], new Date());
    await acknowledgeExpectedDates(dealer, [lines.a.id], seenAt);
    expect(await everywhere(customer.id, dealer.userId)).toEqual({ grid: 0, banner: 0, tile: 0 });
    // A time in the future counts as now: a later move still marks the line.
    await acknowledgeExpectedDates(dealer, [lines.b.id], new Date(Date.now() + 86_400_000));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await setLineExpectedDate(staff, { lineId: lines.b.id, expectedDate: addDays(base, 40) });
    expect(await everywhere(customer.id, dealer.userId)).toEqual({ grid: 1, banner: 1, tile: 1 });
  });

  it("show the line's whole date history, from the ERP and from staff", async () => {
    const { customer, base, lines, dealer } = await setup();
    await db.expectedDateChange.create({
      data: {
        openOrderLineId: lines.a.id,
        previousDate: null,
        newDate: dateOnly(base),
        source: "ERP",
        createdAt: new Date("2026-01-01T08:00:00Z"),
      },
    });
    const { rows } = await listOpenOrderLines(customer.id, columns, all, dealer.userId);
    const history = rows.find((row) => row.id === lines.a.id)!.dateHistory;
    expect(history.map(({ from, to, source }) => ({ from, to, source }))).toEqual([
      { from: null, to: base, source: "ERP" },
      { from: base, to: addDays(base, 7), source: "STAFF" },
    ]);
  });

  it("refuse another company's line as not found and record nothing", async () => {
    const mine = await setup();
    const theirs = await setup();
    const attempt = acknowledgeExpectedDates(mine.dealer, [mine.lines.a.id, theirs.lines.a.id], new Date());
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.expectedDateAcknowledgement.count({ where: { userId: mine.dealer.userId } })).toBe(0);
    expect(await everywhere(mine.customer.id, mine.dealer.userId)).toEqual({ grid: 2, banner: 2, tile: 2 });
  });

  it("leave fully delivered lines out of the count", async () => {
    const { customer, lines, dealer } = await setup();
    await db.openOrderLine.update({ where: { id: lines.b.id }, data: { quantityDelivered: 2 } });
    expect(await everywhere(customer.id, dealer.userId)).toEqual({ grid: 1, banner: 1, tile: 1 });
  });
});
