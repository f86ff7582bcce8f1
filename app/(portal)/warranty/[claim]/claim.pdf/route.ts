import { getTranslations } from "next-intl/server";
import { notFound } from "@/lib/errors";
import { dealerFile } from "@/lib/http/file-route";
import { getAttachmentStore } from "@/lib/storage/store";
import { renderClaimPdf } from "@/lib/warranty/claim-pdf";
import { getClaimForPdf } from "@/lib/warranty/queries";

// GET /warranty/[claim]/claim.pdf – the warranty claim as filed, in the user's language; owning dealer only (404 otherwise)
export const GET = dealerFile<{ claim: string }>(async ({ dealer, params, locale }) => {
  const claim = await getClaimForPdf(dealer.customerId, params.claim.slice(0, 20));
  if (!claim) throw notFound();
  const t = await getTranslations({ locale, namespace: "warranty.pdf" });
  const body = await renderClaimPdf(claim, locale, getAttachmentStore());
  const fileName = t("fileName", { number: claim.number });
  return { body, fileName, contentType: "application/pdf", disposition: "inline" };
});
