import { describe, expect, it } from "vitest";
import { dateOnly } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { createStaffAndDealer } from "../test-fixtures";
import { setArticleExpectedDate, setLineExpectedDate } from "./expected-date";
import { ZLineExpectedDateSchema } from "./schema";

async function openLine(customerId: number, articleNumber: string, erpKey: string, delivered = 0) {
  return db.openOrderLine.create({
    data: {
      customerId,
      erpKey,
      salesOrderNumber: "VVO9202600",
      orderDate: dateOnly("2026-11-01"),
      articleNumber,
      deliverArticleNumber: articleNumber,
      articleName: "Turbo",
      quantityOrdered: 2,
      quantityDelivered: delivered,
    },
  });
}

describe("staff expected delivery dates", () => {
  it("changes one line's date with a history row, change time and audit entry", async () => {
    const { customer, staff } = await createStaffAndDealer();
    const line = await openLine(customer.id, "WG1000001", `o-${customer.id}-1`);
    await setLineExpectedDate(staff, { lineId: line.id, expectedDate: "2026-12-10" });
    await setLineExpectedDate(staff, { lineId: line.id, expectedDate: "2026-12-20" });
    const after = await db.openOrderLine.findUniqueOrThrow({
      where: { id: line.id },
      include: { changes: { orderBy: { id: "asc" } } },
    });
    expect(after.expectedDate).toEqual(dateOnly("2026-12-20"));
    expect(after.expectedDateChangedAt).not.toBeNull();
    expect(after.changes.map((c) => [c.previousDate, c.newDate, c.source, c.actorUserId])).toEqual([
      [null, dateOnly("2026-12-10"), "STAFF", staff.userId],
      [dateOnly("2026-12-10"), dateOnly("2026-12-20"), "STAFF", staff.userId],
    ]);
    const audit = await db.auditEntry.findMany({
      where: { objectType: "OpenOrderLine", objectId: String(line.id) },
      orderBy: { id: "asc" },
    });
    expect(
      audit.map((a) => [a.before, a.after].map((v) => (v as { expectedDate: string | null }).expectedDate)),
    ).toEqual([
      [null, "2026-12-10"],
      ["2026-12-10", "2026-12-20"],
    ]);
  });

  it("sets all open lines of an article at once, skipping delivered ones", async () => {
    const { customer, staff } = await createStaffAndDealer();
    const a = await openLine(customer.id, "WG2000002", `o-${customer.id}-a`);
    const b = await openLine(customer.id, "WG2000002", `o-${customer.id}-b`);
    const done = await openLine(customer.id, "WG2000002", `o-${customer.id}-c`, 2);
    const result = await setArticleExpectedDate(staff, {
      articleNumber: "WG2000002",
      expectedDate: "2027-01-05",
    });
    expect(result.changed).toBe(2);
    for (const id of [a.id, b.id])
      expect((await db.openOrderLine.findUniqueOrThrow({ where: { id } })).expectedDate).toEqual(
        dateOnly("2027-01-05"),
      );
    expect((await db.openOrderLine.findUniqueOrThrow({ where: { id: done.id } })).expectedDate).toBeNull();
  });

  it("refuses a dealer and bad dates without changing anything", async () => {
    const { customer, dealer } = await createStaffAndDealer();
    const line = await openLine(customer.id, "WG3000003", `o-${customer.id}-x`);
    await expect(
      setLineExpectedDate(dealer, { lineId: line.id, expectedDate: "2026-12-10" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(ZLineExpectedDateSchema.safeParse({ lineId: line.id, expectedDate: "2026-13-45" }).success).toBe(
      false,
    );
    expect(await db.expectedDateChange.count({ where: { openOrderLineId: line.id } })).toBe(0);
  });
});
