import "server-only";
import { renderRmaPdfStream } from "@/lib/documents/render-rma";
import { notFound } from "@/lib/errors";
import type { TFile } from "@/lib/http/file-response";
import type { TLocale } from "@/lib/i18n/locales";
import { getRmaDocument } from "./document-query";

// The dealer's RMA form or return label. Note: another company's RMA answers 404, like a missing one.
export async function rmaPdfFile(
  kind: "form" | "label",
  rmaNumber: string,
  customerId: number,
  locale: TLocale,
): Promise<TFile> {
  const rma = await getRmaDocument(rmaNumber, { customerId });
  if (!rma) throw notFound();
  if (kind === "label" && rma.customer.carrier !== "NIGHT_CARRIER") throw notFound();
  const body = await renderRmaPdfStream(kind, rma, locale);
  const fileName = `${kind === "form" ? "RMA" : "label"}-${rma.number}.pdf`;
  return { body, fileName, contentType: "application/pdf", disposition: "inline" };
}
