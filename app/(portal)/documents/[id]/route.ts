import { requireDealer } from "@/lib/auth/session";
import { getAttachmentStore } from "@/lib/storage/store";
import { getDealerDocument } from "@/lib/warranty/queries";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });

// GET /documents/[id] – a document of the dealer's own company (attachment, reaction), as a download; 404 for anyone else's
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const dealer = await requireDealer();
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) return notFound();
  const document = await getDealerDocument(dealer.customerId, Number(id));
  if (!document) return notFound();
  const bytes = await getAttachmentStore().get(document.storageKey);
  if (!bytes) return notFound();
  // Note: always a download with nosniff, so an uploaded file is never rendered by the browser as a page of the portal.
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": document.contentType,
      "Content-Length": String(bytes.length),
      "Content-Disposition": `attachment; filename="${asciiName(document.fileName)}"; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

function asciiName(name: string): string {
  return name.replace(/[^\x20-\x7e]|["\\;]/g, "_");
}
