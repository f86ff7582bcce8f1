import "server-only";
import { dateOnly } from "@/lib/dates";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { assertStaff, snapshot, type TActorContext, writeStaffAudit } from "../context";
import { assertOpen, lockRma } from "./lock";
import { enqueueRmaStatusMail } from "./rma-status-mail";
import type { TReceiveLine, TRejectLine } from "./schema";

export type TLineOutcome = {
  status: "RECEIVED" | "REJECTED";
  quantityReceived: number;
  receivedAt: string;
  rejectionReason: string | null;
};

// Receiving or rejecting one line ends its request: the whole expected quantity leaves
// "in request" and only the accepted quantity counts as returned, so the rest is returnable again.
// The delivered line's counters follow the RMA line in the database (trigger on "RmaLine").
// Runs in the caller's transaction: staff settle one line at a time, the ERP a whole receipt at once.
export async function settleRmaLine(
  tx: Prisma.TransactionClient,
  ctx: TActorContext,
  rmaLineId: number,
  outcome: TLineOutcome,
): Promise<void> {
  assertStaff(ctx);
  const line = await tx.rmaLine.findUnique({
    where: { id: rmaLineId },
    select: {
      rmaId: true,
      quantityExpected: true,
      status: true,
      quantityReceived: true,
      receivedAt: true,
      rejectionReason: true,
    },
  });
  if (!line) throw new AppError("NOT_FOUND", "errors.notFound");
  const rma = await lockRma(tx, line.rmaId);
  assertOpen(rma);
  if (outcome.quantityReceived > line.quantityExpected) {
    throw new AppError(
      "VALIDATION",
      "staff.returns.tooMany",
      { max: line.quantityExpected },
      { quantityReceived: ["staff.returns.tooManyShort"] },
    );
  }
  const claimed = await tx.rmaLine.updateMany({
    where: { id: rmaLineId, status: "EXPECTED" },
    data: { ...outcome, receivedAt: dateOnly(outcome.receivedAt) },
  });
  if (claimed.count !== 1) throw new AppError("CONFLICT", "staff.returns.alreadyHandled");
  // The RMA changed with its line: the ERP's feed hands it out again (its cursor is the RMA's updatedAt).
  await tx.rma.update({ where: { id: rma.id }, data: { updatedAt: new Date() } });
  await writeStaffAudit(tx, ctx, {
    customerId: rma.customerId,
    action: outcome.status === "RECEIVED" ? "rmaLine.receive" : "rmaLine.reject",
    objectType: "RmaLine",
    objectId: String(rmaLineId),
    before: snapshot({
      rmaNumber: rma.number,
      status: line.status,
      quantityExpected: line.quantityExpected,
      quantityReceived: line.quantityReceived,
      receivedAt: line.receivedAt,
    }),
    after: snapshot({ rmaNumber: rma.number, ...outcome }),
  });
  await enqueueRmaStatusMail(tx, line.rmaId, outcome.status);
}

/** What receiving a line means, as stored (the ERP's receipt compares against it for idempotency). */
export const receivedOutcome = (input: Omit<TReceiveLine, "rmaLineId">): TLineOutcome => ({
  status: "RECEIVED",
  quantityReceived: input.quantityReceived,
  receivedAt: input.receivedAt,
  rejectionReason: null,
});

/** What rejecting a line means, as stored. */
export const rejectedOutcome = (input: Omit<TRejectLine, "rmaLineId">): TLineOutcome => ({
  status: "REJECTED",
  quantityReceived: 0,
  receivedAt: input.receivedAt,
  rejectionReason: input.reason,
});

/** Accepts a line with the quantity that arrived (0 … expected) on the given date. */
export async function receiveRmaLine(ctx: TActorContext, input: TReceiveLine): Promise<void> {
  assertStaff(ctx);
  await db.$transaction((tx) => settleRmaLine(tx, ctx, input.rmaLineId, receivedOutcome(input)));
}

/** Rejects a line with a reason the dealer sees; nothing of it counts as returned. */
export async function rejectRmaLine(ctx: TActorContext, input: TRejectLine): Promise<void> {
  assertStaff(ctx);
  await db.$transaction((tx) => settleRmaLine(tx, ctx, input.rmaLineId, rejectedOutcome(input)));
}
