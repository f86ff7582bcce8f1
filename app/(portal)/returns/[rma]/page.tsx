import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
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
      <Link href="/returns" className="text-sm text-brand-700 underline">
        ← {t("page.back")}
      </Link>
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-semibold">{t("page.title", { number: rma.number })}</h1>
        <span
          data-testid="rma-status"
          className={`rounded-full px-3 py-1 text-sm font-medium ${STATUS_TONE[rma.status]}`}
        >
          {t(`rmaStatus.${rma.status}`)}
        </span>
      </div>
      <p className="-mt-4 text-slate-700">{t("page.intro")}</p>
      <div className="grid gap-6 lg:grid-cols-3">
        <section
          aria-labelledby="rma-heading"
          className="min-w-0 rounded-lg border border-slate-200 bg-white p-5 lg:col-span-2"
        >
          <h2 id="rma-heading" className="sr-only">
            {t("page.title", { number: rma.number })}
          </h2>
          <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            {facts
              .filter(([, v]) => v)
              .map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-slate-600">{label}</dt>
                  <dd className="break-words">{value}</dd>
                </div>
              ))}
          </dl>
          {rma.remarks ? (
            <>
              <h3 className="mt-4 text-sm font-semibold">{t("page.remarks")}</h3>
              <p className="whitespace-pre-wrap break-words text-sm" data-testid="rma-remarks">
                {rma.remarks}
              </p>
            </>
          ) : null}
        </section>
        <section
          aria-labelledby="documents-heading"
          className="rounded-lg border border-slate-200 bg-white p-5"
        >
          <h2 id="documents-heading" className="mb-3 text-lg font-semibold">
            {t("page.documents")}
          </h2>
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
        </section>
      </div>
      <section aria-labelledby="lines-heading" className="flex flex-col gap-2">
        <h2 id="lines-heading" className="text-lg font-semibold">
          {t("page.lines")}
        </h2>
        <RmaLines rma={rma} locale={locale} />
      </section>
      <section aria-labelledby="timeline-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="timeline-heading" className="mb-3 text-lg font-semibold">
          {t("page.timeline")}
        </h2>
        <RmaTimeline
          events={rma.timeline}
          when={(e) => (e.dateOnly ? formatDate(e.at, locale) : formatDateTime(e.at, locale))}
        />
      </section>
    </div>
  );
}
