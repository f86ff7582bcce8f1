import "server-only";
import { fileResponse } from "@/lib/http/file-response";
import { getStaffDocument } from "@/lib/staff/documents-query";
import { getAttachmentStore } from "@/lib/storage/store";
import { problemResponse, withErpToken } from "./http";

// GET /documents/{id}: the bytes of any document (a claim's attachments and reactions, an
// invoice's PDF) for the ERP's token; the claims feed hands out these URLs. The ERP sees every
// company; an unknown id is a 404 problem.
export function erpDocumentHandler() {
  return (request: Request, context: { params: Promise<{ id: string }> }) =>
    withErpToken(request, async () => {
      const { id } = await context.params;
      const document = /^\d{1,9}$/.test(id) ? await getStaffDocument(Number(id)) : null;
      const bytes = document ? await getAttachmentStore().get(document.storageKey) : null;
      if (!document || !bytes) return problemResponse(404, "NOT_FOUND", `No document ${id}`);
      const { fileName, contentType } = document;
      return fileResponse({ body: bytes, fileName, contentType, disposition: "attachment" });
    });
}
