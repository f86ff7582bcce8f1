import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { assertStaff, type TActorContext, type TStaffContext, writeStaffAudit } from "../context";
import { createStaffDocument, storeStaffPdf, type TStoredFile } from "../staff-document";
import { staffTranslator } from "../translate";
import { lockClaim, recordClaimChange } from "./claim-lock";
import { renderReactionPdf } from "./reaction-pdf";
import { NEXT_STATUSES, type TClaimReaction, type TClaimStatus } from "./schema";

type TStatus = keyof typeof NEXT_STATUSES;

/** Renders and stores the reaction PDF (before the transaction: files are not transactional). */
async function storeReaction(
  ctx: TActorContext,
  claimId: number,
  reaction: string,
  status: TStatus,
): Promise<TStoredFile> {
  const claim = await db.warrantyClaim.findUnique({
    where: { id: claimId },
    select: {
      number: true,
      articleNumber: true,
      serialNumber: true,
      createdAt: true,
      customer: { select: { name: true, language: true } },
    },
  });
  if (!claim) throw new AppError("NOT_FOUND", "errors.notFound");
  // The ERP signs its reaction with its token's name (the integration), staff with their own.
  const staffName =
    ctx.role === "ERP"
      ? ctx.tokenName
      : (await db.user.findUniqueOrThrow({ where: { id: ctx.userId }, select: { name: true } })).name;
  const locale = claim.customer.language;
  const t = await staffTranslator(locale);
  const bytes = await renderReactionPdf(
    {
      claimNumber: claim.number,
      customerName: claim.customer.name,
      articleNumber: claim.articleNumber,
      serialNumber: claim.serialNumber,
      claimDate: claim.createdAt,
      reaction,
      statusLabel: t(`warranty.status.${status}`),
      staffName,
    },
    locale,
  );
  return storeStaffPdf({ fileName: `reactie-${claim.number}.pdf`, bytes });
}

async function attachReaction(
  tx: Prisma.TransactionClient,
  claim: { id: number; customerId: number },
  file: TStoredFile,
): Promise<number> {
  return createStaffDocument(tx, file, {
    customerId: claim.customerId,
    kind: "WARRANTY_REACTION",
    claimId: claim.id,
  });
}

/** The rules of a status change, checked before anything is written (the ERP's dry run asks only this). */
export async function assertClaimStatusChange({ claimId, status, reaction }: TClaimStatus): Promise<void> {
  const current = await db.warrantyClaim.findUnique({
    where: { id: claimId },
    select: { status: true, _count: { select: { documents: { where: { kind: "WARRANTY_REACTION" } } } } },
  });
  if (!current) throw new AppError("NOT_FOUND", "errors.notFound");
  if (!NEXT_STATUSES[current.status].includes(status))
    throw new AppError("CONFLICT", "staff.warranty.badTransition");
  if (status === "REFUSED" && !reaction && current._count.documents === 0) {
    throw new AppError(
      "VALIDATION",
      "staff.warranty.reactionRequired",
      {},
      { reaction: ["staff.warranty.reactionRequired"] },
    );
  }
}

/** Moves a claim forward; AWARDED/REFUSED set handledAt, and REFUSED needs a reaction. */
export async function setClaimStatus(ctx: TActorContext, input: TClaimStatus): Promise<void> {
  assertStaff(ctx);
  const { claimId, status, reaction } = input;
  await assertClaimStatusChange(input);
  const file = reaction ? await storeReaction(ctx, claimId, reaction, status) : null;
  await db.$transaction(async (tx) => {
    const claim = await lockClaim(tx, claimId);
    if (!NEXT_STATUSES[claim.status].includes(status))
      throw new AppError("CONFLICT", "staff.warranty.badTransition");
    const decided = status === "AWARDED" || status === "REFUSED";
    const handledAt = decided ? new Date() : null;
    await tx.warrantyClaim.update({
      where: { id: claimId },
      data: { status, ...(decided ? { handledAt } : {}) },
    });
    const documentId = file ? await attachReaction(tx, claim, file) : null;
    await writeStaffAudit(tx, ctx, {
      customerId: claim.customerId,
      action: "claim.status",
      objectType: "WarrantyClaim",
      objectId: String(claimId),
      before: { number: claim.number, status: claim.status },
      after: {
        number: claim.number,
        status,
        handledAt: handledAt?.toISOString() ?? null,
        reaction: reaction || null,
        reactionDocumentId: documentId,
      },
    });
    await recordClaimChange(tx, ctx, claimId, { kind: "STATUS", status, message: reaction });
  });
}

/** The distributor's reaction, as a PDF on the claim, without changing its status. */
export async function addClaimReaction(
  ctx: TStaffContext,
  { claimId, reaction }: TClaimReaction,
): Promise<void> {
  assertStaff(ctx);
  const current = await db.warrantyClaim.findUnique({ where: { id: claimId }, select: { status: true } });
  if (!current) throw new AppError("NOT_FOUND", "errors.notFound");
  const file = await storeReaction(ctx, claimId, reaction, current.status);
  await db.$transaction(async (tx) => {
    const claim = await lockClaim(tx, claimId);
    const documentId = await attachReaction(tx, claim, file);
    await writeStaffAudit(tx, ctx, {
      customerId: claim.customerId,
      action: "claim.reaction",
      objectType: "WarrantyClaim",
      objectId: String(claimId),
      before: { number: claim.number },
      after: { number: claim.number, reaction, reactionDocumentId: documentId },
    });
    await recordClaimChange(tx, ctx, claimId, { kind: "MESSAGE", message: reaction });
  });
}
