import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { dateOnly } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { enqueuePreparedEmail, prepareEmail, type TRenderEmail } from "@/lib/email/outbox";
import { renderEmail } from "@/lib/email/render";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { documentNumberPlaceholder, nextDocumentNumber } from "@/lib/numbers/next-number";
import { getAttachmentStore, type TAttachmentStore } from "@/lib/storage/store";
import { checkUploads, removeUploads, storeUploads, type TUpload } from "./attachments";
import type { TWarrantyClaimInput } from "./schema";

export type TTenant = { userId: number; customerId: number };
export type TSubmittedClaim = { id: number; number: string };

// Files a warranty claim: everything is checked first, the files are stored, then one
// transaction writes the claim, its documents, the first event, the audit entry and the
// confirmation mail. A failed transaction removes the stored files again. The mail is rendered
// before the transaction (a placeholder where the claim number goes), so the number's counter
// row is locked only for the inserts (`render` is the renderer, a parameter for tests).
const CLAIM_NUMBER_PLACEHOLDER = documentNumberPlaceholder("CLAIM");

export async function submitWarrantyClaim(
  tenant: TTenant,
  input: TWarrantyClaimInput,
  uploads: TUpload[],
  store: TAttachmentStore = getAttachmentStore(),
  render: TRenderEmail = renderEmail,
): Promise<TSubmittedClaim> {
  const user = await db.user.findFirst({
    where: { id: tenant.userId, customerId: tenant.customerId, active: true },
    select: { email: true, name: true, language: true, customer: { select: { language: true } } },
  });
  if (!user) throw new AppError("NOT_FOUND", "errors.notFound");

  const existing = await findByKey(tenant.customerId, input.idempotencyKey);
  if (existing) return existing;

  const checked = checkUploads(uploads);
  const number = CLAIM_NUMBER_PLACEHOLDER;
  const mail = await prepareEmail(
    {
      template: "warranty-confirmation",
      to: [user.email],
      language: user.language ?? user.customer?.language ?? "nl",
      data: {
        name: user.name,
        claimNumber: number,
        articleNumber: input.articleNumber,
        claimUrl: `${env.APP_URL}/warranty/${number}`,
        claimPdfUrl: `${env.APP_URL}/warranty/${number}/claim.pdf`,
      },
    },
    render,
  );
  const stored = await storeUploads(store, checked);
  try {
    return await db.$transaction(async (tx) => {
      const number = await nextDocumentNumber(tx, "CLAIM");
      const claim = await tx.warrantyClaim.create({
        data: {
          number,
          customerId: tenant.customerId,
          createdById: tenant.userId,
          idempotencyKey: input.idempotencyKey,
          status: "RECEIVED",
          articleNumber: input.articleNumber,
          serialNumber: input.serialNumber,
          salesOrderNumber: input.salesOrderNumber,
          quantity: input.quantity,
          vehicleMake: input.vehicleMake,
          vehicleModel: input.vehicleModel,
          vehicleYear: input.vehicleYear,
          vin: input.vin,
          engineCode: input.engineCode,
          mileageAtFitting: input.mileageAtFitting,
          mileageAtFailure: input.mileageAtFailure,
          fittingDate: input.fittingDate ? dateOnly(input.fittingDate) : null,
          failureDate: input.failureDate ? dateOnly(input.failureDate) : null,
          fittedBy: input.fittedBy,
          complaint: input.complaint,
          checksDone: input.checksDone,
        },
        select: { id: true, number: true },
      });
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
      await tx.warrantyEvent.create({
        data: { claimId: claim.id, kind: "STATUS", status: "RECEIVED", actorUserId: tenant.userId },
      });
      await writeAudit(tx, {
        actorUserId: tenant.userId,
        actorRole: "DEALER",
        customerId: tenant.customerId,
        action: "warranty.submit",
        objectType: "WarrantyClaim",
        objectId: claim.number,
        after: {
          ...input,
          fittingDate: input.fittingDate,
          failureDate: input.failureDate,
          attachments: stored.map((f) => ({
            fileName: f.fileName,
            contentType: f.contentType,
            size: f.size,
            sha256: f.sha256,
          })),
        },
      });
      await enqueuePreparedEmail(tx, mail, { [CLAIM_NUMBER_PLACEHOLDER]: claim.number });
      return claim;
    });
  } catch (error) {
    await removeUploads(store, stored);
    if ((error as { code?: string } | null)?.code === "P2002") {
      const raced = await findByKey(tenant.customerId, input.idempotencyKey);
      if (raced) return raced;
    }
    throw error;
  }
}

function findByKey(customerId: number, idempotencyKey: string): Promise<TSubmittedClaim | null> {
  return db.warrantyClaim.findUnique({
    where: { customerId_idempotencyKey: { customerId, idempotencyKey } },
    select: { id: true, number: true },
  });
}
