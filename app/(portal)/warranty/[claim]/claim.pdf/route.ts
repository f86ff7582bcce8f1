import { getLocale, getTranslations } from "next-intl/server";
import { requireDealer } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/locales";
import { getAttachmentStore } from "@/lib/storage/store";
import { renderClaimPdf } from "@/lib/warranty/claim-pdf";
import { getClaimForPdf } from "@/lib/warranty/queries";

// GET /warranty/[claim]/claim.pdf – the warranty claim as filed, in the user's language; owning dealer only (404 otherwise)
export async function GET(_request: Request, { params }: { params: Promise<{ claim: string }> }) {
  const dealer = await requireDealer();
  const { claim: number } = await params;
  const claim = await getClaimForPdf(dealer.customerId, number.slice(0, 20));
  if (!claim) return new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
  const locale = await getLocale();
  const t = await getTranslations("warranty.pdf");
  const pdf = await renderClaimPdf(claim, isLocale(locale) ? locale : "nl", getAttachmentStore());
  const fileName = t("fileName", { number: claim.number });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${fileName.replace(/[^\w.\-]/g, "_")}"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
