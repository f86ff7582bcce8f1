import "server-only";
import { db } from "@/lib/db/client";

/** Any document, for staff (credit notes, reactions, the dealer's attachments). */
export async function getStaffDocument(documentId: number) {
  return db.document.findUnique({
    where: { id: documentId },
    select: { fileName: true, contentType: true, storageKey: true },
  });
}
