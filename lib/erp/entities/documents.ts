import "server-only";
import { createHash } from "node:crypto";
import { sanitizeFileName } from "@/lib/storage/content-type";
import { getAttachmentStore, newStorageKey } from "@/lib/storage/store";
import type { TEntityHandler } from "../batch";
import { rowError, type TRowError } from "../row-errors";
import type { TDocumentRow, TRejectedRow } from "../schema";

// The PDF of an invoice or credit note. Same bytes as the stored document → unchanged; other
// bytes → a new Document (source ERP) that the invoice points to. Nothing is stored in a dry run.
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodePdf(contentBase64: string): Buffer | TRowError {
  const compact = contentBase64.replace(/\s+/g, "");
  if (compact.length % 4 !== 0 || !BASE64.test(compact))
    return rowError("contentBase64", "invalid_base64", "is not valid base64 (RFC 4648, padded)");
  const bytes = Buffer.from(compact, "base64");
  if (bytes.subarray(0, 5).toString("latin1") !== "%PDF-")
    return rowError("contentBase64", "not_pdf", "is not a PDF (it must start with %PDF-)");
  return bytes;
}

export const documentsHandler: TEntityHandler<TDocumentRow> = {
  keyOf: (raw) => raw.invoiceNumber,
  async apply(tx, rows, { dryRun }) {
    const invoices = await tx.invoice.findMany({
      where: { number: { in: rows.map((r) => r.key) } },
      select: {
        id: true,
        number: true,
        customerId: true,
        kind: true,
        document: { select: { sha256: true } },
      },
    });
    const byNumber = new Map(invoices.map((i) => [i.number, i]));
    const rejected: TRejectedRow[] = [];
    const createdKeys: string[] = [];
    const updatedKeys: string[] = [];
    for (const { index, key, row } of rows) {
      const invoice = byNumber.get(key);
      const bytes = decodePdf(row.contentBase64);
      const errors = [
        ...(invoice ? [] : [rowError("invoiceNumber", "unknown_invoice", `unknown invoice "${key}"`)]),
        ...(Buffer.isBuffer(bytes) ? [] : [bytes]),
      ];
      if (errors.length || !invoice || !Buffer.isBuffer(bytes)) {
        rejected.push({ index, key, errors });
        continue;
      }
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      if (invoice.document?.sha256 === sha256) continue;
      const storageKey = newStorageKey();
      if (!dryRun) await getAttachmentStore().put(storageKey, bytes, "application/pdf");
      const document = await tx.document.create({
        data: {
          customerId: invoice.customerId,
          kind: invoice.kind === "CREDIT_NOTE" ? "CREDIT_NOTE" : "INVOICE",
          source: "ERP",
          fileName: sanitizeFileName(row.fileName, "application/pdf"),
          contentType: "application/pdf",
          size: bytes.length,
          sha256,
          storageKey,
        },
        select: { id: true },
      });
      await tx.invoice.update({ where: { id: invoice.id }, data: { documentId: document.id } });
      (invoice.document ? updatedKeys : createdKeys).push(key);
    }
    return { createdKeys, updatedKeys, rejected };
  },
};
