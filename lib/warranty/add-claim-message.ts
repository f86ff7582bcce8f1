import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getAttachmentStore, type TAttachmentStore } from "@/lib/storage/store";
import { checkUploads, removeUploads, storeUploads, type TUpload } from "./attachments";
import type { TClaimMessageInput } from "./schema";
import type { TTenant } from "./submit-warranty-claim";

const OPEN_STATUSES = ["RECEIVED", "IN_TREATMENT"] as const;

// Adds a message and/or attachments to an open claim of the dealer's company: checked first,
// files stored, then one transaction with the documents, an event and the audit entry.
export async function addClaimMessage(
  tenant: TTenant,
  input: TClaimMessageInput,
  uploads: TUpload[],
  store: TAttachmentStore = getAttachmentStore(),
): Promise<{ number: string }> {
  const claim = await db.warrantyClaim.findFirst({
    where: { customerId: tenant.customerId, number: input.claimNumber },
    select: {
      id: true,
      number: true,
      status: true,
      documents: { where: { customerId: tenant.customerId, source: "DEALER" }, select: { size: true } },
    },
  });
  if (!claim) throw new AppError("NOT_FOUND", "errors.notFound");
  if (!(OPEN_STATUSES as readonly string[]).includes(claim.status))
    throw new AppError("CONFLICT", "warranty.errors.claimClosed");
  const existingBytes = claim.documents.reduce((sum, d) => sum + d.size, 0);
  const checked = checkUploads(uploads, existingBytes, claim.documents.length);
  if (!input.message && checked.length === 0)
    throw new AppError(
      "VALIDATION",
      "warranty.errors.emptyMessage",
      {},
      { message: ["warranty.errors.emptyMessage"] },
    );

  const stored = await storeUploads(store, checked);
  try {
    await db.$transaction(async (tx) => {
      const current = await tx.warrantyClaim.updateMany({
        where: { id: claim.id, customerId: tenant.customerId, status: { in: [...OPEN_STATUSES] } },
        data: { updatedAt: new Date() },
      });
      if (current.count !== 1) throw new AppError("CONFLICT", "warranty.errors.claimClosed");
      if (stored.length > 0) {
        await tx.document.createMany({
          data: stored.map((file) => ({
            customerId: tenant.customerId,
            claimId: claim.id,
            kind: "WARRANTY_ATTACHMENT" as const,
            source: "DEALER" as const,
            fileName: file.fileName,
            contentType: file.contentType,
            size: file.size,
            sha256: file.sha256,
            storageKey: file.storageKey,
          })),
        });
      }
      if (input.message)
        await tx.warrantyEvent.create({
          data: { claimId: claim.id, kind: "MESSAGE", message: input.message, actorUserId: tenant.userId },
        });
      if (stored.length > 0) {
        await tx.warrantyEvent.create({
          data: {
            claimId: claim.id,
            kind: "ATTACHMENT",
            message: stored.map((f) => f.fileName).join(", "),
            actorUserId: tenant.userId,
          },
        });
      }
      await writeAudit(tx, {
        actorUserId: tenant.userId,
        actorRole: "DEALER",
        customerId: tenant.customerId,
        action: "warranty.message",
        objectType: "WarrantyClaim",
        objectId: claim.number,
        after: {
          message: input.message,
          attachments: stored.map((f) => ({
            fileName: f.fileName,
            contentType: f.contentType,
            size: f.size,
            sha256: f.sha256,
          })),
        },
      });
    });
  } catch (error) {
    await removeUploads(store, stored);
    throw error;
  }
  return { number: claim.number };
}
