import { notFound } from "@/lib/errors";
import { dealerFile } from "@/lib/http/file-route";
import { loadInvoiceDocument } from "@/lib/invoices/invoice-document";

export const dynamic = "force-dynamic";

// GET /invoices/<number>/pdf – the ERP's own document of one of the dealer's invoices or credit notes
export const GET = dealerFile<{ number: string }>(async ({ dealer, params }) => {
  // Note: another dealer's number answers 404 like an unknown one, so it reveals nothing.
  const file = await loadInvoiceDocument(dealer.customerId, params.number);
  if (!file) throw notFound();
  // Note: only a PDF is shown inline; anything else the ERP sent is a download, never rendered on our origin.
  const isPdf = file.contentType === "application/pdf";
  return {
    body: file.bytes,
    fileName: file.fileName,
    contentType: isPdf ? "application/pdf" : "application/octet-stream",
    disposition: isPdf ? "inline" : "attachment",
  };
});
