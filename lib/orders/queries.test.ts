import { beforeAll, describe, expect, it } from "vitest";
import { dateOnly } from "@/lib/dates";
import { db } from "@/lib/db/client";
import type { TGridState } from "@/lib/grid/types";
import { wholeList } from "@/tests/batches";
import { openLineColumns } from "./columns";
import { countOpenOrderLines, listOpenOrderLines } from "./queries";

const columns = openLineColumns((id) => id);
const all: TGridState = wholeList({ page: 1, pageSize: 20, sort: null, filters: {} });
let dealer: number;
let other: number;
let userId: number;
let freshUserId: number;
const seenAt = new Date("2026-11-20T12:00:00Z");

async function line(
  customerId: number,
  key: string,
  values: { expected?: string | null; ordered?: number; delivered?: number; article?: string; po?: string },
) {
  return db.openOrderLine.create({
    data: {
      customerId,
      erpKey: key,
      salesOrderNumber: `VVO${key}`,
      orderDate: dateOnly("2026-10-01"),
      salesRep: "Heesen J.",
      customerPoNumber: values.po ?? "",
      articleNumber: values.article ?? "WG1803348",
      deliverArticleNumber: values.article ?? "WG1803348",
      articleName: "Turbo",
      quantityOrdered: values.ordered ?? 4,
      quantityDelivered: values.delivered ?? 0,
      expectedDate: values.expected ? dateOnly(values.expected) : null,
    },
  });
}

beforeAll(async () => {
  dealer = (await db.customer.create({ data: { erpNumber: "30001", name: "Dealer" } })).id;
  other = (await db.customer.create({ data: { erpNumber: "30002", name: "Other" } })).id;
  userId = (
    await db.user.create({
      data: { email: "d@test", name: "D", customerId: dealer },
    })
  ).id;
  freshUserId = (await db.user.create({ data: { email: "d2@test", name: "D2", customerId: dealer } })).id;
  const moved = await line(dealer, "0000001", { expected: "2026-12-20" });
  await db.expectedDateChange.createMany({
    data: [
      {
        openOrderLineId: moved.id,
        previousDate: null,
        newDate: dateOnly("2026-12-01"),
        source: "ERP",
        createdAt: new Date("2026-11-10T00:00:00Z"),
      },
      {
        openOrderLineId: moved.id,
        previousDate: dateOnly("2026-12-01"),
        newDate: dateOnly("2026-12-20"),
        source: "ERP",
        createdAt: new Date("2026-11-25T00:00:00Z"),
      },
    ],
  });
  const earlier = await line(dealer, "0000002", { expected: "2026-12-05", po: "5329 710" });
  await db.expectedDateChange.create({
    data: {
      openOrderLineId: earlier.id,
      previousDate: dateOnly("2026-12-10"),
      newDate: dateOnly("2026-12-05"),
      source: "STAFF",
      createdAt: new Date("2026-11-25T00:00:00Z"),
    },
  });
  const old = await line(dealer, "0000003", { expected: "2026-12-30", delivered: 2, article: "WG1111111" });
  await db.expectedDateChange.create({
    data: {
      openOrderLineId: old.id,
      previousDate: dateOnly("2026-12-15"),
      newDate: dateOnly("2026-12-30"),
      source: "ERP",
      createdAt: new Date("2026-11-01T00:00:00Z"),
    },
  });
  await line(dealer, "0000004", { expected: null });
  await line(dealer, "0000005", { expected: "2026-12-01", ordered: 3, delivered: 3 }); // fully delivered
  await line(other, "0000009", { expected: "2026-11-30" });
  // The user acknowledged every line on seenAt; the fresh user never did.
  const lines = await db.openOrderLine.findMany({ where: { customerId: dealer }, select: { id: true } });
  await db.expectedDateAcknowledgement.createMany({
    data: lines.map((l) => ({ userId, openOrderLineId: l.id, acknowledgedAt: seenAt })),
  });
});

describe("listOpenOrderLines", () => {
  it("lists the tenant's undelivered lines, expected date first and unknown dates last", async () => {
    const { rows, total } = await listOpenOrderLines(dealer, columns, all, userId);
    expect(rows.map((r) => r.salesOrderNumber)).toEqual([
      "VVO0000002",
      "VVO0000001",
      "VVO0000003",
      "VVO0000004",
    ]);
    expect(total).toBe(4);
    expect(rows[2]).toMatchObject({ quantityDelivered: 2, remaining: 2, expectedDate: "2026-12-30" });
    expect(rows[3]!.expectedDate).toBeNull();
    expect((await listOpenOrderLines(other, columns, all, null)).rows.map((r) => r.salesOrderNumber)).toEqual(
      ["VVO0000009"],
    );
  });

  it("marks a line moved later since the user acknowledged it, with the date seen before", async () => {
    const { rows } = await listOpenOrderLines(dealer, columns, all, userId);
    const marks = Object.fromEntries(rows.map((r) => [r.salesOrderNumber, r.movedFrom]));
    expect(marks).toEqual({ VVO0000001: "2026-12-01", VVO0000002: null, VVO0000003: null, VVO0000004: null });
    const neverSeen = await listOpenOrderLines(dealer, columns, all, freshUserId);
    expect(neverSeen.rows.find((r) => r.salesOrderNumber === "VVO0000003")!.movedFrom).toBe("2026-12-15");
    expect(rows.find((r) => r.salesOrderNumber === "VVO0000001")!.dateHistory).toEqual([
      { from: null, to: "2026-12-01", at: "2026-11-10T00:00:00.000Z", source: "ERP" },
      { from: "2026-12-01", to: "2026-12-20", at: "2026-11-25T00:00:00.000Z", source: "ERP" },
    ]);
  });

  it("searches per column, sorts and pages in the database", async () => {
    const search = (filters: Record<string, string>) =>
      listOpenOrderLines(dealer, columns, { ...all, filters }, userId);
    expect((await search({ articleNumber: "wg1111" })).rows.map((r) => r.salesOrderNumber)).toEqual([
      "VVO0000003",
    ]);
    expect((await search({ customerPoNumber: "5329" })).total).toBe(1);
    expect((await search({ expectedDate: "12-2026" })).total).toBe(3);
    expect((await search({ quantityDelivered: ">0" })).total).toBe(1);
    expect((await search({ expectedDate: "not a date" })).total).toBe(4);
    const desc = await listOpenOrderLines(
      dealer,
      columns,
      { page: 1, pageSize: 2, sort: { id: "expectedDate", dir: "desc" }, filters: {} },
      userId,
    );
    expect(desc.rows.map((r) => r.salesOrderNumber)).toEqual(["VVO0000003", "VVO0000001"]);
    expect(desc.rows.map((r) => r.movedFrom)).toEqual([null, "2026-12-01"]);
    expect(desc.total).toBe(4);
    const defaultPage2 = await listOpenOrderLines(
      dealer,
      columns,
      { page: 2, pageSize: 2, sort: null, filters: {} },
      userId,
    );
    expect(defaultPage2.rows.map((r) => [r.salesOrderNumber, r.remaining])).toEqual([
      ["VVO0000003", 2],
      ["VVO0000004", 4],
    ]);
    expect(
      (await listOpenOrderLines(dealer, columns, { page: 3, pageSize: 2, sort: null, filters: {} }, userId))
        .rows,
    ).toEqual([]);
    const page2 = await listOpenOrderLines(
      dealer,
      columns,
      { page: 2, pageSize: 2, sort: { id: "salesOrderNumber", dir: "asc" }, filters: {} },
      userId,
    );
    expect(page2.rows.map((r) => r.salesOrderNumber)).toEqual(["VVO0000003", "VVO0000004"]);
  });

  it("counts for the home tile by the same definition", async () => {
    expect(await countOpenOrderLines(dealer)).toBe(4);
    expect(await countOpenOrderLines(other)).toBe(1);
  });
});
