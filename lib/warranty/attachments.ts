import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";
import {
  ATTACHMENT_LIMITS,
  detectContentType,
  sanitizeFileName,
  type TAttachmentContentType,
} from "@/lib/storage/content-type";
import { newStorageKey, type TAttachmentStore } from "@/lib/storage/store";

// Uploaded files of a claim: checked (count, size, real content) before anything is written,
// then stored under fresh keys; removed again when the database write fails.
export type TUpload = { name: string; bytes: Uint8Array };
export type TCheckedUpload = {
  fileName: string;
  contentType: TAttachmentContentType;
  bytes: Uint8Array;
  size: number;
  sha256: string;
};
export type TStoredUpload = TCheckedUpload & { storageKey: string };

export function checkUploads(uploads: TUpload[], existingBytes = 0, existingCount = 0): TCheckedUpload[] {
  const nonEmpty = uploads.filter((u) => u.bytes.byteLength > 0 || u.name !== "");
  if (existingCount + nonEmpty.length > ATTACHMENT_LIMITS.maxFiles) {
    throw new AppError(
      "VALIDATION",
      "warranty.errors.tooManyFiles",
      { max: ATTACHMENT_LIMITS.maxFiles },
      { files: ["warranty.errors.tooManyFiles"] },
    );
  }
  let total = existingBytes;
  return nonEmpty.map((upload) => {
    const fileName = sanitizeFileName(upload.name);
    if (upload.bytes.byteLength > ATTACHMENT_LIMITS.maxFileBytes) {
      throw new AppError(
        "VALIDATION",
        "warranty.errors.fileTooLarge",
        { name: fileName, max: 10 },
        { files: ["warranty.errors.fileTooLargeShort"] },
      );
    }
    total += upload.bytes.byteLength;
    if (total > ATTACHMENT_LIMITS.maxTotalBytes) {
      throw new AppError(
        "VALIDATION",
        "warranty.errors.claimTooLarge",
        { max: 50 },
        { files: ["warranty.errors.claimTooLargeShort"] },
      );
    }
    const contentType = detectContentType(upload.bytes);
    if (!contentType)
      throw new AppError(
        "VALIDATION",
        "warranty.errors.fileType",
        { name: fileName },
        { files: ["warranty.errors.fileTypeShort"] },
      );
    return {
      fileName: sanitizeFileName(upload.name, contentType),
      contentType,
      bytes: upload.bytes,
      size: upload.bytes.byteLength,
      sha256: createHash("sha256").update(upload.bytes).digest("hex"),
    };
  });
}

export async function storeUploads(
  store: TAttachmentStore,
  uploads: TCheckedUpload[],
): Promise<TStoredUpload[]> {
  const stored: TStoredUpload[] = [];
  try {
    for (const upload of uploads) {
      const entry = { ...upload, storageKey: newStorageKey() };
      stored.push(entry);
      await store.put(entry.storageKey, upload.bytes, upload.contentType);
    }
    return stored;
  } catch (error) {
    await removeUploads(store, stored);
    throw error;
  }
}

export async function removeUploads(
  store: TAttachmentStore,
  stored: Array<{ storageKey: string }>,
): Promise<void> {
  await Promise.allSettled(stored.map((s) => store.delete(s.storageKey)));
}
