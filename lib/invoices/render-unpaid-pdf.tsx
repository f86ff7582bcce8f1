import "server-only";
import { renderToBuffer, renderToStream } from "@react-pdf/renderer";
import { createTranslator } from "next-intl";
import { todayIso } from "@/lib/dates";
import type { TLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { UNPAID_DEFAULT_SORT } from "./columns";
import { helveticaWidth } from "./pdf-text-width";
import { getDealerHeading, listUnpaidInvoices } from "./queries";
import { type TTranslate, UnpaidInvoicesDocument } from "./unpaid-pdf";

// All the dealer's unpaid invoices (one query for the rows, one for the totals) as the PDF element.
async function unpaidPdfElement(customerId: number, locale: TLocale, today = todayIso()) {
  const [messages, dealer, list, widthOf] = await Promise.all([
    loadMessages(locale),
    getDealerHeading(customerId),
    listUnpaidInvoices(
      customerId,
      { page: 1, pageSize: 0, sort: UNPAID_DEFAULT_SORT, filters: {} },
      { today },
    ),
    helveticaWidth(),
  ]);
  const t = createTranslator({ locale, messages, namespace: "invoices" }) as unknown as TTranslate;
  return <UnpaidInvoicesDocument data={{ dealer, today, list }} locale={locale} t={t} widthOf={widthOf} />;
}

export async function renderUnpaidPdfStream(customerId: number, locale: TLocale, today?: string) {
  return renderToStream(await unpaidPdfElement(customerId, locale, today));
}

export async function renderUnpaidPdfBuffer(
  customerId: number,
  locale: TLocale,
  today?: string,
): Promise<Buffer> {
  return renderToBuffer(await unpaidPdfElement(customerId, locale, today));
}
