import "server-only";
import { requireDealer } from "@/lib/auth/session";
import { pdfNotFound, pdfResponse } from "@/lib/documents/pdf-response";
import { renderRmaPdfStream } from "@/lib/documents/render-rma";
import { resolveLocale } from "@/lib/i18n/request";
import { getRmaDocument } from "./document-query";

// The dealer's RMA form or return label. Note: another company's RMA answers 404, like a missing one.
export async function serveRmaPdf(kind: "form" | "label", rmaNumber: string): Promise<Response> {
  const dealer = await requireDealer();
  const rma = await getRmaDocument(rmaNumber, { customerId: dealer.customerId });
  if (!rma) return pdfNotFound();
  if (kind === "label" && rma.customer.carrier !== "NIGHT_CARRIER") return pdfNotFound();
  const locale = dealer.language ?? (await resolveLocale());
  const stream = await renderRmaPdfStream(kind, rma, locale);
  return pdfResponse(stream, `${kind === "form" ? "RMA" : "label"}-${rma.number}.pdf`);
}
