import { notFound } from "@/lib/errors";
import { dealerFile } from "@/lib/http/file-route";
import { getAttachmentStore } from "@/lib/storage/store";
import { getDealerDocument } from "@/lib/warranty/queries";

// GET /documents/[id] – a document of the dealer's own company (attachment, reaction), as a download; 404 for anyone else's
export const GET = dealerFile<{ id: string }>(async ({ dealer, params }) => {
  if (!/^\d{1,9}$/.test(params.id)) throw notFound();
  const document = await getDealerDocument(dealer.customerId, Number(params.id));
  const bytes = document ? await getAttachmentStore().get(document.storageKey) : null;
  if (!document || !bytes) throw notFound();
  // Note: always a download, so an uploaded file is never rendered by the browser as a page of the portal.
  const { fileName, contentType } = document;
  return { body: bytes, fileName, contentType, disposition: "attachment" };
});
