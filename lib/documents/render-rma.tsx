import "server-only";
import { renderToBuffer, renderToStream } from "@react-pdf/renderer";
import { createTranslator } from "next-intl";
import type { TLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import type { TRmaDocument } from "@/lib/returns/document-query";
import { code128DataUrl } from "./barcode";
import { ReturnLabelDocument } from "./return-label";
import { RmaFormDocument, type TTranslate } from "./rma-form";

// Builds the RMA form / return label element in a language, ready to stream or buffer.
async function element(kind: "form" | "label", rma: TRmaDocument, locale: TLocale) {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "returns" }) as unknown as TTranslate;
  const tr = createTranslator({ locale, messages, namespace: "rma" }) as unknown as TTranslate;
  const barcode = await code128DataUrl(rma.number);
  if (kind === "form") return <RmaFormDocument rma={rma} locale={locale} t={t} tr={tr} barcode={barcode} />;
  const trackingBarcode = rma.trackingNumber ? await code128DataUrl(rma.trackingNumber) : null;
  return (
    <ReturnLabelDocument
      rma={rma}
      locale={locale}
      t={t}
      tr={tr}
      barcode={barcode}
      trackingBarcode={trackingBarcode}
    />
  );
}

export async function renderRmaPdfBuffer(
  kind: "form" | "label",
  rma: TRmaDocument,
  locale: TLocale,
): Promise<Buffer> {
  return renderToBuffer(await element(kind, rma, locale));
}

export async function renderRmaPdfStream(kind: "form" | "label", rma: TRmaDocument, locale: TLocale) {
  return renderToStream(await element(kind, rma, locale));
}
