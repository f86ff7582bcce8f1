import "server-only";
import { assertStorageKey, getAttachmentStore } from "@/lib/storage/store";
import { findInvoiceDocument } from "./queries";

export type TInvoiceDocumentFile = { fileName: string; contentType: string; bytes: Buffer };

/** The ERP's own document of the dealer's invoice or credit note; null when unknown, another dealer's, without document, or missing from the store. */
export async function loadInvoiceDocument(
  customerId: number,
  number: string,
): Promise<TInvoiceDocumentFile | null> {
  if (!/^[A-Za-z0-9-]{1,40}$/.test(number)) return null;
  const document = await findInvoiceDocument(customerId, number);
  if (!document || !isStorageKey(document.storageKey)) return null;
  const bytes = await getAttachmentStore().get(document.storageKey);
  return bytes ? { fileName: document.fileName, contentType: document.contentType, bytes } : null;
}

function isStorageKey(key: string): boolean {
  try {
    assertStorageKey(key);
    return true;
  } catch {
    return false;
  }
}
