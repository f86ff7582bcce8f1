import "server-only";
import { AppError } from "@/lib/errors";
import { ATTACHMENT_LIMITS } from "@/lib/storage/content-type";
import { checkUploads, type TCheckedUpload } from "@/lib/warranty/attachments";
import type { TReturnPhoto } from "./schema";

// Photos of a return's lines: the warranty attachments' checks (count and size per line, the
// real content by its first bytes, a safe file name), answered on the line's own field.
export type TCheckedLinePhotos = Map<number, TCheckedUpload[]>;

export function checkReturnPhotos(
  lines: Array<{ deliveredLineId: number }>,
  photos: TReturnPhoto[],
): TCheckedLinePhotos {
  const checked: TCheckedLinePhotos = new Map();
  let totalBytes = 0;
  for (const [index, line] of lines.entries()) {
    const own = photos.filter((p) => p.deliveredLineId === line.deliveredLineId);
    if (own.length === 0) continue;
    try {
      const files = checkUploads(own, totalBytes);
      totalBytes += files.reduce((sum, f) => sum + f.size, 0);
      checked.set(line.deliveredLineId, files);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const messages = error.fieldErrors?.files ?? [error.messageKey];
      throw new AppError(error.code, error.messageKey, error.values, { [`lines.${index}.photos`]: messages });
    }
  }
  const stray = photos.find((p) => !lines.some((l) => l.deliveredLineId === p.deliveredLineId));
  if (stray) throw new AppError("VALIDATION", "errors.validation");
  if (totalBytes > ATTACHMENT_LIMITS.maxTotalBytes) throw new AppError("VALIDATION", "errors.validation");
  return checked;
}

/** A line whose reason asks for evidence and that has no photo: the dealer adds one first. */
export function assertEvidence(
  lines: Array<{ deliveredLineId: number; reasonId: number }>,
  evidenceReasons: Set<number>,
  photos: TCheckedLinePhotos,
): void {
  const fieldErrors: Record<string, string[]> = {};
  for (const [index, line] of lines.entries()) {
    if (evidenceReasons.has(line.reasonId) && !photos.get(line.deliveredLineId)?.length) {
      fieldErrors[`lines.${index}.photos`] = ["rma.errors.photosRequired"];
    }
  }
  if (Object.keys(fieldErrors).length) {
    throw new AppError("VALIDATION", "rma.errors.photosRequiredForm", {}, fieldErrors);
  }
}
