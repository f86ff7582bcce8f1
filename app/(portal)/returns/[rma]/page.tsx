import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { RecordFacts, RecordHeading, RecordPanel } from "@/components/layout/record-page";
import { requireDealer } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { getRmaPage } from "@/lib/returns/rma-page-query";
import { RmaLines } from "./rma-lines";
import { RmaTimeline } from "./rma-timeline";

export async function generateMetadata({ params }: { params: Promise<{ rma: string }> }) {
  const t = await getTranslations("rma");
  return { title: t("page.title", { number: (await params).rma.slice(0, 20) }) };
}

const STATUS_TONE = {
  OPEN: "bg-amber-100 text-amber-900",
  CLOSED: "bg-slate-100 text-slate-800",
  INVOICED: "bg-green-100 text-green-900",
} as const;

// GET /returns/<rma> – one RMA of the dealer's company: lines, statuses, documents, timeline (SPEC §2.3).
export default async function RmaPage({ params }: { params: Promise<{ rma: string }> }) {
  const dealer = await requireDealer();
  const { rma: number } = await params;
  const rma = await getRmaPage(dealer.customerId, number.slice(0, 20));
  if (!rma) notFound();
  const [t, rawLocale] = await Promise.all([getTranslations("rma"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const facts: Array<[string, string]> = [
    [t("page.date"), formatDate(rma.createdAt, locale, { calendarDate: false })],
    [t("page.createdBy"), rma.createdByName],
    [t("page.reference"), rma.reference],
    [t("page.tracking"), rma.trackingNumber ?? ""],
    [t("page.parcels"), rma.hasLabel ? String(rma.parcelCount) : ""],
  ];
  const link = "text-brand-700 underline hover:text-brand-800";
  return (
    <div className="flex flex-col gap-6">
      <RecordHeading
        back={{ href: "/returns", text: t("page.back") }}
        title={t("page.title", { number: rma.number })}
        status={{ text: t(`rmaStatus.${rma.status}`), tone: STATUS_TONE[rma.status], testId: "rma-status" }}
      />
      <p className="-mt-4 text-slate-700">{t("page.intro")}</p>
      <div className="grid gap-6 lg:grid-cols-3">
        <RecordPanel
          id="rma-heading"
          title={t("page.title", { number: rma.number })}
          titleHidden
          className="lg:col-span-2"
        >
          <RecordFacts facts={facts} />
          {rma.remarks ? (
            <>
              <h3 className="mt-4 text-sm font-semibold">{t("page.remarks")}</h3>
              <p className="whitespace-pre-wrap break-words text-sm" data-testid="rma-remarks">
                {rma.remarks}
              </p>
            </>
          ) : null}
        </RecordPanel>
        <RecordPanel id="documents-heading" title={t("page.documents")}>
          <ul className="flex flex-col gap-2 text-sm" data-testid="rma-documents">
            <li>
              <a href={`/returns/${rma.number}/form.pdf`} className={link}>
                {t("page.formPdf")}
              </a>
            </li>
            {rma.hasLabel ? (
              <li>
                <a href={`/returns/${rma.number}/label.pdf`} className={link}>
                  {t("page.labelPdf")}
                </a>
              </li>
            ) : null}
            {rma.creditNotes.map((note) => (
              <li key={note.number}>
                {/* Note: a credit note without a document is named, never a dead link. */}
                {note.documentId ? (
                  <a href={`/invoices/${encodeURIComponent(note.number)}/pdf`} className={link}>
                    {t("page.creditNote", { number: note.number })}
                  </a>
                ) : (
                  <span>{t("page.creditNoteNoDocument", { number: note.number })}</span>
                )}{" "}
                <span className="text-slate-600">({formatDate(note.invoiceDate, locale)})</span>
              </li>
            ))}
            {rma.creditNotes.length === 0 ? (
              <li className="text-slate-600">{t("page.noCreditNote")}</li>
            ) : null}
          </ul>
        </RecordPanel>
      </div>
      <section aria-labelledby="lines-heading" className="flex flex-col gap-2">
        <h2 id="lines-heading" className="text-lg font-semibold">
          {t("page.lines")}
        </h2>
        <RmaLines rma={rma} locale={locale} />
      </section>
      <RecordPanel id="timeline-heading" title={t("page.timeline")}>
        <RmaTimeline
          events={rma.timeline}
          when={(e) => (e.dateOnly ? formatDate(e.at, locale) : formatDateTime(e.at, locale))}
        />
      </RecordPanel>
    </div>
  );
}
