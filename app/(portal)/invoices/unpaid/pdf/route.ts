import { getLocale, getTranslations } from "next-intl/server";
import { requireDealer } from "@/lib/auth/session";
import { pdfResponse } from "@/lib/documents/pdf-response";
import { isLocale } from "@/lib/i18n/locales";
import { renderUnpaidPdfStream } from "@/lib/invoices/render-unpaid-pdf";

export const dynamic = "force-dynamic";

// GET /invoices/unpaid/pdf – all the dealer's unpaid invoices with totals and age, as one PDF in the user's language
export async function GET() {
  const dealer = await requireDealer();
  const [locale, t] = await Promise.all([getLocale(), getTranslations("invoices")]);
  const stream = await renderUnpaidPdfStream(dealer.customerId, isLocale(locale) ? locale : "nl");
  return pdfResponse(stream, t("pdfFileName"));
}
