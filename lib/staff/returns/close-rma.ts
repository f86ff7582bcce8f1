import "server-only";
import { db } from "@/lib/db/client";
import { assertStaff, type TStaffContext, writeStaffAudit } from "../context";
import { staffTranslator } from "../translate";
import { assertOpen, lockRma } from "./lock";
import { enqueueRmaStatusMail } from "./rma-status-mail";
import type { TRmaId } from "./schema";

/** Closes an RMA; lines that never arrived are rejected, so they are returnable again (trigger on "RmaLine"). */
export async function closeRma(ctx: TStaffContext, { rmaId }: TRmaId): Promise<void> {
  assertStaff(ctx);
  await db.$transaction(async (tx) => {
    const rma = await lockRma(tx, rmaId);
    assertOpen(rma);
    const customer = await tx.customer.findUniqueOrThrow({
      where: { id: rma.customerId },
      select: { language: true },
    });
    const t = await staffTranslator(customer.language);
    const pending = await tx.rmaLine.findMany({ where: { rmaId, status: "EXPECTED" }, select: { id: true } });
    await tx.rmaLine.updateMany({
      where: { id: { in: pending.map((l) => l.id) } },
      data: { status: "REJECTED", quantityReceived: 0, rejectionReason: t("returns.notReceived") },
    });
    const closedAt = new Date();
    await tx.rma.update({ where: { id: rmaId }, data: { status: "CLOSED", closedAt } });
    await writeStaffAudit(tx, ctx, {
      customerId: rma.customerId,
      action: "rma.close",
      objectType: "Rma",
      objectId: String(rmaId),
      before: { number: rma.number, status: rma.status },
      after: {
        number: rma.number,
        status: "CLOSED",
        closedAt: closedAt.toISOString(),
        releasedLineIds: pending.map((l) => l.id),
      },
    });
    await enqueueRmaStatusMail(tx, rmaId, "CLOSED");
  });
}
