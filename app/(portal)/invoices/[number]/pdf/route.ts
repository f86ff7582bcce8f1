import { requireDealer } from "@/lib/auth/session";
import { pdfNotFound } from "@/lib/documents/pdf-response";
import { loadInvoiceDocument } from "@/lib/invoices/invoice-document";

export const dynamic = "force-dynamic";

// GET /invoices/<number>/pdf – the ERP's own document of one of the dealer's invoices or credit notes
export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }) {
  const dealer = await requireDealer();
  // Note: another dealer's number answers 404 like an unknown one, so it reveals nothing.
  const file = await loadInvoiceDocument(dealer.customerId, (await params).number);
  if (!file) return pdfNotFound();
  // Note: only a PDF is shown inline; anything else the ERP sent is a download, never rendered on our origin.
  const isPdf = file.contentType === "application/pdf";
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": isPdf ? "application/pdf" : "application/octet-stream",
      "Content-Disposition": `${isPdf ? "inline" : "attachment"}; filename="${file.fileName.replace(/[^\w.\-]+/g, "_")}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
