import { beforeAll, describe, expect, it, vi } from "vitest";
import { actAs, translated } from "@/lib/actions/test-request";
import { requireDealer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { acknowledgeExpectedDatesAction } from "@/lib/orders/actions";
import { submitReturnRequestAction } from "@/lib/returns/actions";
import { requestFor, seedLine, seedReturnReasons } from "@/lib/returns/test-fixtures";
import { createStaffAndDealer } from "@/lib/staff/test-fixtures";
import { endDealerViewAction, startDealerViewAction } from "./actions";

vi.mock("@/lib/auth/config", () => import("@/lib/actions/test-request").then((m) => m.authConfigMock));
vi.mock("next/headers", () => import("@/lib/actions/test-request").then((m) => m.nextHeadersMock));
vi.mock("next/cache", () => import("@/lib/actions/test-request").then((m) => m.nextCacheMock));
vi.mock("next/server", () => import("@/lib/actions/test-request").then((m) => m.nextServerMock));
vi.mock("next-intl/server", () => import("@/lib/actions/test-request").then((m) => m.nextIntlServerMock));

// "View as dealer": staff open one dealer's portal read-only. The dealer pages get the viewed
// dealer from requireDealer(); every dealer action is refused with a clear message and changes
// nothing; the view (who, which dealer, when, pages seen) is in the audit trail.
let people: Awaited<ReturnType<typeof createStaffAndDealer>>;
let reasonId: number;
const redirectedTo = async (call: Promise<unknown>) => {
  const error = (await call.then(
    () => null,
    (e: unknown) => e,
  )) as { digest?: string } | null;
  return error?.digest?.split(";")[2] ?? null;
};
const counts = async () => ({
  rmas: await db.rma.count(),
  rmaLines: await db.rmaLine.count(),
  acknowledgements: await db.expectedDateAcknowledgement.count(),
});

beforeAll(async () => {
  people = await createStaffAndDealer();
  reasonId = (await seedReturnReasons()).defect.id;
});

describe("view as dealer", () => {
  it("staff without a view are sent to the staff desk from dealer pages", async () => {
    await actAs(people.staffUser.id);
    expect(await redirectedTo(requireDealer())).toBe("/staff");
  });

  it("staff see the dealer's portal as the dealer, and every dealer action is refused and changes nothing", async () => {
    await actAs(people.staffUser.id, "fr");
    expect(await redirectedTo(startDealerViewAction({ customerId: people.customer.id }))).toBe("/");

    const viewed = await requireDealer();
    expect(viewed).toMatchObject({
      customerId: people.customer.id,
      company: { name: people.customer.name, erpNumber: people.customer.erpNumber },
      viewedBy: { staffUserId: people.staffUser.id },
    });

    const line = await seedLine(people.customer.id, { delivered: 3 });
    const before = await counts();
    const refusal = {
      ok: false,
      code: "FORBIDDEN",
      message: await translated("dealerView.readOnly", { name: people.customer.name }),
    };
    expect(refusal.message).toContain("Lecture seule");
    expect(await submitReturnRequestAction(requestFor([{ id: line.id, reasonId }]))).toEqual(refusal);
    expect(await submitReturnRequestAction({ lines: "forged" })).toEqual(refusal);
    expect(await acknowledgeExpectedDatesAction({ lineIds: [1], seenAt: new Date().toISOString() })).toEqual(
      refusal,
    );
    expect(await counts()).toEqual(before);

    const start = await db.auditEntry.findFirstOrThrow({
      where: { action: "dealerView.start", actorUserId: people.staffUser.id, customerId: people.customer.id },
    });
    expect(start).toMatchObject({ actorRole: "STAFF", objectType: "DealerView" });

    expect(await redirectedTo(endDealerViewAction({}))).toBe(`/staff/customers/${people.customer.id}`);
    const end = await db.auditEntry.findFirstOrThrow({
      where: { action: "dealerView.end", objectId: start.objectId },
    });
    expect(end.after).toMatchObject({ pages: ["/test-page"] });
    expect(await redirectedTo(requireDealer())).toBe("/staff");
  });

  it("a view belongs to the session that opened it: another sign-in of the same staff member sees none", async () => {
    await actAs(people.staffUser.id);
    await redirectedTo(startDealerViewAction({ customerId: people.customer.id }));
    expect((await requireDealer()).customerId).toBe(people.customer.id);
    await actAs(people.staffUser.id);
    expect(await redirectedTo(requireDealer())).toBe("/staff");
  });

  it("the dealer's own session is untouched while staff view it", async () => {
    await actAs(people.staffUser.id);
    await redirectedTo(startDealerViewAction({ customerId: people.customer.id }));
    await actAs(people.dealerUser.id);
    const own = await requireDealer();
    expect(own).toMatchObject({ userId: people.dealerUser.id, customerId: people.customer.id });
    expect(own.viewedBy).toBeUndefined();
  });

  it("dealers can't start a view; unknown customers and foreign landing pages are refused", async () => {
    await actAs(people.dealerUser.id);
    expect(await startDealerViewAction({ customerId: people.customer.id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    await actAs(people.staffUser.id);
    const views = await db.dealerView.count();
    expect(await startDealerViewAction({ customerId: 2_000_000_000 })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    for (const landing of ["https://evil.test/", "//evil.test", "/staff/customers", "/account"]) {
      expect(await startDealerViewAction({ customerId: people.customer.id, landing })).toMatchObject({
        ok: false,
        code: "VALIDATION",
      });
    }
    expect(await db.dealerView.count()).toBe(views);
  });
});
