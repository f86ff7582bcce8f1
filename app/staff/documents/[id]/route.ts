import { requireStaff } from "@/lib/auth/session";
import { getStaffDocument } from "@/lib/staff/documents-query";
import { getAttachmentStore } from "@/lib/storage/store";

// GET /staff/documents/:id – any document for staff (credit notes, reactions, attachments)
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireStaff();
  const { id } = await params;
  const document = /^\d{1,9}$/.test(id) ? await getStaffDocument(Number(id)) : null;
  const bytes = document ? await getAttachmentStore().get(document.storageKey) : null;
  if (!document || !bytes) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": document.contentType,
      "Content-Disposition": `attachment; filename="${document.fileName.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
