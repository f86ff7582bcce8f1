import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createClaim, createOpenRma, createStaffAndDealer } from "../test-fixtures";
import { getStaffOverview } from "./queries";

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe("staff overview figures", () => {
  it("counts open RMAs and claims by age, returns by reason and average handling time", async () => {
    const { customer, dealerUser } = await createStaffAndDealer();
    const fresh = await createOpenRma(customer.id, dealerUser.id, [{ delivered: 3, expected: 1 }]);
    const old = await createOpenRma(customer.id, dealerUser.id, [{ delivered: 3, expected: 2 }]);
    await db.rma.update({ where: { id: old.rma.id }, data: { createdAt: daysAgo(40) } });
    const done = await createOpenRma(customer.id, dealerUser.id, [{ delivered: 3, expected: 1 }]);
    await db.rma.update({
      where: { id: done.rma.id },
      data: { status: "CLOSED", createdAt: daysAgo(10), closedAt: daysAgo(6) },
    });
    await db.rmaLine.updateMany({
      where: { rmaId: done.rma.id },
      data: { status: "RECEIVED", quantityReceived: 1, receivedAt: daysAgo(7) },
    });
    const claim = await createClaim(customer.id, dealerUser.id);
    await db.warrantyClaim.update({ where: { id: claim.id }, data: { createdAt: daysAgo(12) } });
    const handled = await createClaim(customer.id, dealerUser.id);
    await db.warrantyClaim.update({
      where: { id: handled.id },
      data: { status: "AWARDED", createdAt: daysAgo(5), handledAt: daysAgo(3) },
    });

    const overview = await getStaffOverview();
    expect(overview.rmas).toEqual({ days0to7: 1, days8to30: 0, over30: 1 });
    expect(overview.claims).toEqual({ days0to7: 0, days8to30: 1, over30: 0 });
    expect(overview.handling).toEqual({ rmaDays: 4, claimDays: 2 });
    expect(overview.reasons.map((r) => r.lines)).toEqual([1, 1, 1]);
    expect(overview.reasons.reduce((sum, r) => sum + r.quantity, 0)).toBe(fresh.lines.length + 2 + 1);
  });
});
