import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { assertStaff, type TStaffContext, writeStaffAudit } from "../context";
import type { TStartDealerView } from "./schema";

// "View as dealer" (SPEC §6): a staff member opens one dealer's portal read-only, bound to
// their own session. Each view is one audit entry when it starts (who, which dealer, when) and
// one when it ends (with the pages and files seen, which lib/auth/dealer-view.ts notes).

async function endOpenViews(tx: Prisma.TransactionClient, ctx: TStaffContext, sessionId: string, now: Date) {
  const open = await tx.dealerView.findMany({
    where: { sessionId, staffUserId: ctx.userId, endedAt: null },
    select: { id: true, customerId: true, startedAt: true, pages: true },
  });
  for (const view of open) {
    await tx.dealerView.update({ where: { id: view.id }, data: { endedAt: now } });
    await writeStaffAudit(tx, ctx, {
      customerId: view.customerId,
      action: "dealerView.end",
      objectType: "DealerView",
      objectId: view.id,
      after: { startedAt: view.startedAt.toISOString(), endedAt: now.toISOString(), pages: view.pages },
    });
  }
  return open;
}

/** Starts a view of an active dealer company (ending this session's previous view). */
export async function startDealerView(
  ctx: TStaffContext,
  sessionId: string,
  input: TStartDealerView,
  now = new Date(),
): Promise<{ viewId: string }> {
  assertStaff(ctx);
  return db.$transaction(async (tx) => {
    const customer = await tx.customer.findFirst({
      where: { id: input.customerId, active: true },
      select: { id: true, erpNumber: true, name: true },
    });
    if (!customer) throw new AppError("NOT_FOUND", "errors.notFound");
    await endOpenViews(tx, ctx, sessionId, now);
    const viewId = randomUUID();
    await tx.dealerView.create({
      data: {
        id: viewId,
        staffUserId: ctx.userId,
        sessionId,
        customerId: customer.id,
        startedAt: now,
        pages: [],
      },
    });
    await writeStaffAudit(tx, ctx, {
      customerId: customer.id,
      action: "dealerView.start",
      objectType: "DealerView",
      objectId: viewId,
      after: { customer: customer.erpNumber, name: customer.name, startedAt: now.toISOString() },
    });
    return { viewId };
  });
}

/** Ends this session's open view; answers the customer it showed (null when none was open). */
export async function endDealerView(
  ctx: TStaffContext,
  sessionId: string,
  now = new Date(),
): Promise<{ customerId: number | null }> {
  assertStaff(ctx);
  return db.$transaction(async (tx) => {
    const ended = await endOpenViews(tx, ctx, sessionId, now);
    return { customerId: ended[0]?.customerId ?? null };
  });
}
