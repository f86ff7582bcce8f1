import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertStaff, type TStaffContext, writeStaffAudit } from "../context";
import { createStaffDocument, storeStaffPdf, type TPdfUpload } from "../staff-document";
import { lockClaim, recordClaimChange } from "./claim-lock";
import type { TClaimDocument, TGoodsReceived } from "./schema";

/** Ticks (or unticks) "Goederen ontvangen?" on a claim. */
export async function setGoodsReceived(
  ctx: TStaffContext,
  { claimId, goodsReceived }: TGoodsReceived,
): Promise<void> {
  assertStaff(ctx);
  await db.$transaction(async (tx) => {
    const claim = await lockClaim(tx, claimId);
    if (claim.goodsReceived === goodsReceived) return;
    await tx.warrantyClaim.update({ where: { id: claimId }, data: { goodsReceived } });
    await writeStaffAudit(tx, ctx, {
      customerId: claim.customerId,
      action: "claim.goodsReceived",
      objectType: "WarrantyClaim",
      objectId: String(claimId),
      before: { number: claim.number, goodsReceived: claim.goodsReceived },
      after: { number: claim.number, goodsReceived },
    });
    await recordClaimChange(tx, ctx, claimId, {
      kind: "GOODS_RECEIVED",
      message: goodsReceived ? "yes" : "no",
    });
  });
}

/** A staff PDF on the claim, e.g. the credit invoice of an award. */
export async function attachClaimDocument(
  ctx: TStaffContext,
  { claimId, kind }: TClaimDocument,
  pdf: TPdfUpload,
): Promise<{ documentId: number }> {
  assertStaff(ctx);
  if (!(await db.warrantyClaim.findUnique({ where: { id: claimId }, select: { id: true } })))
    throw new AppError("NOT_FOUND", "errors.notFound");
  const file = await storeStaffPdf(pdf);
  return db.$transaction(async (tx) => {
    const claim = await lockClaim(tx, claimId);
    const documentId = await createStaffDocument(tx, file, { customerId: claim.customerId, kind, claimId });
    await writeStaffAudit(tx, ctx, {
      customerId: claim.customerId,
      action: "claim.document",
      objectType: "WarrantyClaim",
      objectId: String(claimId),
      before: { number: claim.number },
      after: { number: claim.number, documentId, kind, fileName: file.fileName },
    });
    await recordClaimChange(tx, ctx, claimId, { kind: "ATTACHMENT", message: file.fileName });
    return { documentId };
  });
}
