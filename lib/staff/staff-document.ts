import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/db/generated/client";
import type { DocumentKind } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { ATTACHMENT_LIMITS, detectContentType, sanitizeFileName } from "@/lib/storage/content-type";
import { getAttachmentStore, newStorageKey } from "@/lib/storage/store";

// PDFs that staff attach (credit notes, reactions, award documents): checked by content,
// stored under a generated key before the transaction, recorded as a Document inside it.
export type TPdfUpload = { fileName: string; bytes: Uint8Array };
export type TStoredFile = {
  storageKey: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
};

export async function storeStaffPdf(upload: TPdfUpload): Promise<TStoredFile> {
  if (upload.bytes.length > ATTACHMENT_LIMITS.maxFileBytes)
    throw new AppError("TOO_LARGE", "staff.documents.tooLarge");
  if (detectContentType(upload.bytes) !== "application/pdf") {
    throw new AppError("VALIDATION", "staff.documents.notPdf", {}, { file: ["staff.documents.notPdf"] });
  }
  const storageKey = newStorageKey();
  await getAttachmentStore().put(storageKey, upload.bytes, "application/pdf");
  return {
    storageKey,
    fileName: sanitizeFileName(upload.fileName, "application/pdf"),
    contentType: "application/pdf",
    size: upload.bytes.length,
    sha256: createHash("sha256").update(upload.bytes).digest("hex"),
  };
}

export async function createStaffDocument(
  tx: Prisma.TransactionClient,
  file: TStoredFile,
  owner: { customerId: number; kind: DocumentKind; claimId?: number },
): Promise<number> {
  const document = await tx.document.create({ data: { ...file, ...owner, source: "STAFF" } });
  return document.id;
}
