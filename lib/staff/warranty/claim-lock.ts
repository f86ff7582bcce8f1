import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { WarrantyEventKind, WarrantyStatus } from "@/lib/db/generated/enums";
import { enqueueEmail } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { actorUserIdOf, type TActorContext } from "../context";

type TLockedClaim = {
  id: number;
  customerId: number;
  number: string;
  status: WarrantyStatus;
  goodsReceived: boolean;
};

/** Locks the claim row so concurrent staff changes apply one after the other. */
export async function lockClaim(tx: Prisma.TransactionClient, claimId: number): Promise<TLockedClaim> {
  const rows = await tx.$queryRaw<TLockedClaim[]>`
    SELECT id, "customerId", number, status::text AS status, "goodsReceived" FROM "WarrantyClaim" WHERE id = ${claimId} FOR UPDATE`;
  if (!rows[0]) throw new AppError("NOT_FOUND", "errors.notFound");
  return rows[0];
}

/** The dealer-visible trace of a staff change: an event on the claim and a "warranty-status" mail. */
export async function recordClaimChange(
  tx: Prisma.TransactionClient,
  ctx: TActorContext,
  claimId: number,
  event: { kind: WarrantyEventKind; status?: WarrantyStatus; message?: string },
): Promise<void> {
  await tx.warrantyEvent.create({
    data: { claimId, ...event, byStaff: true, actorUserId: actorUserIdOf(ctx) },
  });
  const claim = await tx.warrantyClaim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      number: true,
      status: true,
      createdBy: { select: { email: true, name: true, language: true } },
      customer: { select: { language: true } },
    },
  });
  await enqueueEmail(tx, {
    template: "warranty-status",
    to: [claim.createdBy.email],
    language: claim.createdBy.language ?? claim.customer.language,
    data: {
      name: claim.createdBy.name,
      claimNumber: claim.number,
      status: claim.status,
      claimUrl: `${env.APP_URL.replace(/\/$/, "")}/warranty/${claim.number}`,
    },
  });
}
