import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { requireDealer } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { getClaimDetail, type TClaimDetail } from "@/lib/warranty/queries";
import { isWarrantyCheck } from "@/lib/warranty/schema";
import { ClaimMessageForm } from "./message-form";

export async function generateMetadata({ params }: { params: Promise<{ claim: string }> }) {
  const t = await getTranslations("warranty");
  return { title: t("detailTitle", { number: (await params).claim.slice(0, 20) }) };
}

const STATUS_TONE: Record<TClaimDetail["status"], string> = {
  RECEIVED: "bg-slate-100 text-slate-800",
  IN_TREATMENT: "bg-amber-100 text-amber-900",
  AWARDED: "bg-green-100 text-green-900",
  REFUSED: "bg-red-100 text-red-900",
};

export default async function WarrantyClaimPage({
  params,
  searchParams,
}: {
  params: Promise<{ claim: string }>;
  searchParams: Promise<{ filed?: string }>;
}) {
  const dealer = await requireDealer();
  const [{ claim: number }, { filed }] = await Promise.all([params, searchParams]);
  const claim = await getClaimDetail(dealer.customerId, number.slice(0, 20));
  if (!claim) notFound();
  const [t, rawLocale] = await Promise.all([getTranslations("warranty"), getLocale()]);
  const locale = isLocale(rawLocale) ? rawLocale : "nl";
  const when = (d: Date) => formatDate(d, locale, { calendarDate: false });
  const day = (d: Date | null) => (d ? formatDate(d, locale) : "");
  const reaction = claim.documents.filter((d) => d.kind === "WARRANTY_REACTION");
  const attachments = claim.documents.filter((d) => d.kind !== "WARRANTY_REACTION");
  const open = claim.status === "RECEIVED" || claim.status === "IN_TREATMENT";
  const facts: Array<[string, string]> = [
    [t("columns.submittedAt"), when(claim.createdAt)],
    [t("columns.handledAt"), claim.handledAt ? when(claim.handledAt) : t("detail.noneYet")],
    [t("columns.goodsReceived"), claim.goodsReceived ? t("yes") : t("no")],
    [t("fields.articleNumber"), claim.articleNumber],
    [t("fields.serialNumber"), claim.serialNumber],
    [t("fields.salesOrderNumber"), claim.salesOrderNumber],
    [t("fields.quantity"), String(claim.quantity)],
    [
      t("pdf.vehicle"),
      [claim.vehicleMake, claim.vehicleModel, claim.vehicleYear].filter(Boolean).join(" · "),
    ],
    [t("fields.vin"), claim.vin],
    [t("fields.engineCode"), claim.engineCode],
    [t("fields.mileageAtFitting"), claim.mileageAtFitting?.toLocaleString(locale) ?? ""],
    [t("fields.mileageAtFailure"), claim.mileageAtFailure?.toLocaleString(locale) ?? ""],
    [t("fields.fittingDate"), day(claim.fittingDate)],
    [t("fields.failureDate"), day(claim.failureDate)],
    [t("fields.fittedBy"), claim.fittedBy],
    [
      t("fields.checksDone"),
      claim.checksDone.map((c) => (isWarrantyCheck(c) ? t(`checks.${c}`) : c)).join(", "),
    ],
    [t("columns.remark"), claim.remark],
  ];

  return (
    <div className="flex flex-col gap-6">
      <Link href="/warranty" className="text-sm text-brand-700 underline">
        ← {t("backToList")}
      </Link>
      {filed ? <Alert tone="success">{t("form.submitted", { number: claim.number })}</Alert> : null}
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-semibold">{t("detailTitle", { number: claim.number })}</h1>
        <span
          data-testid="claim-status"
          className={`rounded-full px-3 py-1 text-sm font-medium ${STATUS_TONE[claim.status]}`}
        >
          {t(`statuses.${claim.status}`)}
        </span>
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <section
          aria-labelledby="claim-heading"
          className="rounded-lg border border-slate-200 bg-white p-5 lg:col-span-2"
        >
          <h2 id="claim-heading" className="mb-3 text-lg font-semibold">
            {t("detail.claim")}
          </h2>
          <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            {facts
              .filter(([, v]) => v)
              .map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-slate-600">{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
          </dl>
          <h3 className="mt-4 text-sm font-semibold">{t("fields.complaint")}</h3>
          <p className="whitespace-pre-wrap text-sm">{claim.complaint}</p>
        </section>
        <section
          aria-labelledby="documents-heading"
          className="rounded-lg border border-slate-200 bg-white p-5"
        >
          <h2 id="documents-heading" className="mb-3 text-lg font-semibold">
            {t("detail.documents")}
          </h2>
          <ul className="flex flex-col gap-2 text-sm">
            <li>
              <a href={`/warranty/${claim.number}/claim.pdf`} className="text-brand-700 underline">
                {t("detail.claimPdf")}
              </a>
            </li>
            {claim.creditNotes.map((invoice) => (
              <li key={invoice.number}>
                <a href={`/documents/${invoice.documentId}`} className="text-brand-700 underline">
                  {t(invoice.kind === "CREDIT_NOTE" ? "detail.creditNote" : "detail.invoice", {
                    number: invoice.number,
                  })}
                </a>
              </li>
            ))}
            {reaction.map((d) => (
              <li key={d.id}>
                <a href={`/documents/${d.id}`} className="text-brand-700 underline">
                  {t("detail.reaction")}
                </a>{" "}
                <span className="text-slate-600">({d.fileName})</span>
              </li>
            ))}
          </ul>
          <h3 className="mb-2 mt-4 text-sm font-semibold">{t("columns.attachments")}</h3>
          {attachments.length === 0 ? (
            <p className="text-sm text-slate-600">{t("detail.noDocuments")}</p>
          ) : null}
          <ul className="flex flex-col gap-2 text-sm" data-testid="claim-attachments">
            {attachments.map((d) => (
              <li key={d.id} className="flex flex-col">
                <a href={`/documents/${d.id}`} className="break-all text-brand-700 underline">
                  {d.fileName}
                </a>
                <span className="text-xs text-slate-600">
                  {d.source === "DEALER" ? t("detail.dealerAttachment") : t("detail.distributorAttachment")} ·{" "}
                  {when(d.createdAt)} · {Math.max(1, Math.round(d.size / 1024))} kB
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section aria-labelledby="timeline-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="timeline-heading" className="mb-3 text-lg font-semibold">
          {t("detail.timeline")}
        </h2>
        <ol className="flex flex-col gap-3 border-l-2 border-slate-200 pl-4">
          {claim.events.map((e) => (
            <li key={e.id} className={`rounded p-3 text-sm ${e.byStaff ? "bg-brand-50" : "bg-slate-50"}`}>
              <div className="flex flex-wrap gap-2 text-xs text-slate-600">
                <span className="font-semibold">
                  {e.byStaff ? t("detail.byDistributor") : t("detail.byDealer")}
                </span>
                <time dateTime={e.createdAt.toISOString()}>{when(e.createdAt)}</time>
              </div>
              <p className="font-medium">{eventTitle(e, t)}</p>
              {e.message && e.kind !== "STATUS" ? <p className="whitespace-pre-wrap">{e.message}</p> : null}
              {e.message && e.kind === "STATUS" ? (
                <p className="whitespace-pre-wrap text-slate-700">{e.message}</p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="add-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="add-heading" className="mb-3 text-lg font-semibold">
          {t("detail.addTitle")}
        </h2>
        {open ? (
          <ClaimMessageForm
            claimNumber={claim.number}
            existingCount={attachments.filter((d) => d.source === "DEALER").length}
          />
        ) : (
          <p className="text-sm text-slate-700">{t("detail.closed")}</p>
        )}
      </section>
    </div>
  );
}

function eventTitle(
  e: TClaimDetail["events"][number],
  t: Awaited<ReturnType<typeof getTranslations<"warranty">>>,
): string {
  if (e.kind === "STATUS" && e.status) return t("detail.eventStatus", { status: t(`statuses.${e.status}`) });
  if (e.kind === "MESSAGE") return t("detail.eventMessage");
  if (e.kind === "ATTACHMENT") return t("detail.eventAttachment");
  return t("detail.eventGoodsReceived");
}
