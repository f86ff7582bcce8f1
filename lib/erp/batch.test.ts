import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedReturnHistory } from "@/lib/returns/test-fixtures";
import { applyErpBatch, runErpBatch } from "./batch";
import { describeRowError } from "./row-errors";
import { createTestCustomer, deliveredRow, openLineRow } from "./test-fixtures";

const source = { kind: "token", tokenId: 1 } as const;

describe("delivered lines batch", () => {
  beforeEach(async () => {
    await db.rma.deleteMany();
    await db.user.deleteMany();
    await db.deliveredLine.deleteMany();
    await db.customer.deleteMany();
    await createTestCustomer();
  });

  it("changes nothing when the same batch is sent twice", async () => {
    const rows = Array.from({ length: 50 }, (_, i) => deliveredRow(i));
    const first = await runErpBatch("delivered-lines", rows, source);
    expect(first).toMatchObject({ received: 50, created: 50, updated: 0, unchanged: 0, rejected: [] });
    const before = await db.deliveredLine.findMany({
      select: { id: true, updatedAt: true },
      orderBy: { id: "asc" },
    });
    const second = await runErpBatch("delivered-lines", rows, source);
    expect(second).toMatchObject({ received: 50, created: 0, updated: 0, unchanged: 50, rejected: [] });
    const after = await db.deliveredLine.findMany({
      select: { id: true, updatedAt: true },
      orderBy: { id: "asc" },
    });
    expect(after).toEqual(before);
    const third = await runErpBatch("delivered-lines", [deliveredRow(3, { netUnitPrice: 371 })], source);
    expect(third).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
  });

  it("re-prices every line of full pages in place: each change is a HOT update that writes no index", async () => {
    const rows = Array.from({ length: 300 }, (_, i) => deliveredRow(i));
    await runErpBatch("delivered-lines", rows, source);
    const repriced = rows.map((_, i) => deliveredRow(i, { netUnitPrice: "371.50" }));
    // Note: the counter also holds this session's HOT updates not yet reported, hence the difference.
    const hotUpdates = await db.$transaction(async (tx) => {
      const hotSoFar = async () => {
        const [counts] = await tx.$queryRaw<{ hot: bigint }[]>`
          SELECT pg_stat_get_xact_tuples_hot_updated('"DeliveredLine"'::regclass) AS hot`;
        return Number(counts!.hot);
      };
      const before = await hotSoFar();
      const result = await applyErpBatch(tx, "delivered-lines", repriced, source);
      expect(result.updated).toBe(300);
      return (await hotSoFar()) - before;
    });
    expect(hotUpdates).toBe(300);
  });

  it("lands the 97 good rows of 100 and names the 3 bad ones by index", async () => {
    const rows: unknown[] = Array.from({ length: 100 }, (_, i) => deliveredRow(i));
    rows[7] = deliveredRow(7, { quantityDelivered: -1 });
    rows[42] = deliveredRow(42, { customerNumber: "99999" });
    rows[99] = deliveredRow(99, { deliveryDate: "2020-02-30" });
    const result = await runErpBatch("delivered-lines", rows, source);
    expect(result.created).toBe(97);
    expect(result.rejected.map((r) => r.index)).toEqual([7, 42, 99]);
    expect(result.rejected[1]).toMatchObject({
      key: "DL-42",
      errors: [{ path: "customerNumber", code: "unknown_customer", message: 'unknown customer "99999"' }],
    });
    expect(await db.deliveredLine.count()).toBe(97);
  });

  it("rejects unknown fields, negative quantities, delivered > ordered, unknown customers and bad dates with reasons", async () => {
    const result = await runErpBatch(
      "delivered-lines",
      [
        deliveredRow(1, { colour: "red" }),
        deliveredRow(2, { quantityOrdered: -2, quantityDelivered: 0 }),
        deliveredRow(3, { quantityOrdered: 1, quantityDelivered: 2 }),
        deliveredRow(4, { customerNumber: "424242" }),
        deliveredRow(5, { deliveryDate: "01-10-2020" }),
        deliveredRow(6, { netUnitPrice: "12.345" }),
        deliveredRow(7, { salesOrderNumber: "MVO12" }),
      ],
      source,
    );
    const reasons = result.rejected.map((r) => r.errors.map(describeRowError).join(" | "));
    expect(reasons[0]).toMatch(/colour/);
    expect(reasons[1]).toMatch(/quantityOrdered: must not be negative/);
    expect(reasons[2]).toMatch(/quantityDelivered: must not exceed quantityOrdered/);
    expect(reasons[3]).toMatch(/unknown customer "424242"/);
    expect(reasons[4]).toMatch(/deliveryDate: must be a calendar date/);
    expect(reasons[5]).toMatch(/netUnitPrice: must be a decimal amount with at most 2 decimals/);
    expect(reasons[6]).toMatch(/salesOrderNumber: must be MVO/);
    expect(await db.deliveredLine.count()).toBe(0);
  });

  it("refuses a delivered quantity below what is already returned or in a request", async () => {
    await runErpBatch(
      "delivered-lines",
      [deliveredRow(1, { quantityOrdered: 5, quantityDelivered: 5 })],
      source,
    );
    await seedReturnHistory((await db.deliveredLine.findUniqueOrThrow({ where: { erpKey: "DL-1" } })).id, {
      returned: 2,
      inRequest: 1,
    });
    const result = await runErpBatch(
      "delivered-lines",
      [deliveredRow(1, { quantityOrdered: 5, quantityDelivered: 2 })],
      source,
    );
    expect(result.rejected[0]!.errors[0]).toMatchObject({
      path: "quantityDelivered",
      code: "below_returned",
      message: expect.stringMatching(/already returned or in a return request \(3\)/),
    });
    const ok = await runErpBatch(
      "delivered-lines",
      [deliveredRow(1, { quantityOrdered: 5, quantityDelivered: 3 })],
      source,
    );
    expect(ok.updated).toBe(1);
  });

  it("writes nothing in a dry run but reports what would change", async () => {
    const result = await runErpBatch(
      "delivered-lines",
      [deliveredRow(1), deliveredRow(2, { colour: 1 })],
      source,
      { dryRun: true },
    );
    expect(result).toMatchObject({ created: 1, rejected: [{ index: 1 }] });
    expect(await db.deliveredLine.count()).toBe(0);
  });
});

describe("open lines batch", () => {
  beforeEach(async () => {
    await db.openOrderLine.deleteMany();
    await db.customer.deleteMany();
    await createTestCustomer();
  });

  it("records a change of the expected date with source ERP", async () => {
    await runErpBatch("open-lines", [openLineRow(1, { expectedDate: null })], source);
    expect(await db.expectedDateChange.count()).toBe(0);
    const moved = await runErpBatch("open-lines", [openLineRow(1, { expectedDate: "2020-11-10" })], source);
    expect(moved.updated).toBe(1);
    const again = await runErpBatch("open-lines", [openLineRow(1, { expectedDate: "2020-11-10" })], source);
    expect(again.unchanged).toBe(1);
    const line = await db.openOrderLine.findUniqueOrThrow({
      where: { erpKey: "OL-1" },
      include: { changes: true },
    });
    expect(line.expectedDateChangedAt).not.toBeNull();
    expect(line.changes).toHaveLength(1);
    expect(line.changes[0]).toMatchObject({
      source: "ERP",
      previousDate: null,
      newDate: new Date("2020-11-10T00:00:00Z"),
    });
  });
});

describe("text the database cannot store", () => {
  it("is refused per row instead of failing the batch", async () => {
    await db.customer.deleteMany({ where: { erpNumber: { not: "10001" } } });
    const result = await runErpBatch(
      "customers",
      [
        { erpNumber: "20001", name: "Nul\u0000byte" },
        { erpNumber: "20002", name: "Lone \ud800 surrogate" },
        { erpNumber: "20003", name: "Fine" },
      ],
      source,
    );
    expect(result.created).toBe(1);
    expect(result.rejected.map((r) => r.index)).toEqual([0, 1]);
    expect(result.rejected[0]!.errors).toEqual([
      {
        path: "name",
        code: "invalid_format",
        message: "must not contain control characters or invalid Unicode",
      },
    ]);
    const dates = await runErpBatch("open-lines", [openLineRow(9, { expectedDate: "0000-01-01" })], source);
    expect(describeRowError(dates.rejected[0]!.errors[0]!)).toMatch(/expectedDate: must be a calendar date/);
  });
});
