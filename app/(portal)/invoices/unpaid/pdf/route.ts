import { getTranslations } from "next-intl/server";
import { dealerFile } from "@/lib/http/file-route";
import { renderUnpaidPdfStream } from "@/lib/invoices/render-unpaid-pdf";

export const dynamic = "force-dynamic";

// GET /invoices/unpaid/pdf – all the dealer's unpaid invoices with totals and age, as one PDF in the user's language
export const GET = dealerFile(async ({ dealer, locale }) => {
  const t = await getTranslations({ locale, namespace: "invoices" });
  const body = await renderUnpaidPdfStream(dealer.customerId, locale);
  return { body, fileName: t("pdfFileName"), contentType: "application/pdf", disposition: "inline" };
});
