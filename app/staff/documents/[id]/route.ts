import { notFound } from "@/lib/errors";
import { staffFile } from "@/lib/http/file-route";
import { getStaffDocument } from "@/lib/staff/documents-query";
import { getAttachmentStore } from "@/lib/storage/store";

// GET /staff/documents/:id – any document for staff (credit notes, reactions, attachments), as a download
export const GET = staffFile<{ id: string }>(async ({ params }) => {
  const document = /^\d{1,9}$/.test(params.id) ? await getStaffDocument(Number(params.id)) : null;
  const bytes = document ? await getAttachmentStore().get(document.storageKey) : null;
  if (!document || !bytes) throw notFound();
  const { fileName, contentType } = document;
  return { body: bytes, fileName, contentType, disposition: "attachment" };
});
