import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { RecordFacts, RecordHeading, RecordPanel, RecordTimeline } from "@/components/layout/record-page";
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
    <ClientMessages namespaces={["errors", "warranty"]}>
      <div className="flex flex-col gap-6">
        <RecordHeading
          back={{ href: "/warranty", text: t("backToList") }}
          title={t("detailTitle", { number: claim.number })}
          status={{
            text: t(`statuses.${claim.status}`),
            tone: STATUS_TONE[claim.status],
            testId: "claim-status",
          }}
        />
        {filed ? <Alert tone="success">{t("form.submitted", { number: claim.number })}</Alert> : null}
        <div className="grid gap-6 lg:grid-cols-3">
          <RecordPanel id="claim-heading" title={t("detail.claim")} className="lg:col-span-2">
            <RecordFacts facts={facts} />
            <h3 className="mt-4 text-sm font-semibold">{t("fields.complaint")}</h3>
            <p className="whitespace-pre-wrap break-words text-sm">{claim.complaint}</p>
          </RecordPanel>
          <RecordPanel id="documents-heading" title={t("detail.documents")}>
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
                    {d.source === "DEALER" ? t("detail.dealerAttachment") : t("detail.distributorAttachment")}{" "}
                    · {when(d.createdAt)} · {Math.max(1, Math.round(d.size / 1024))} kB
                  </span>
                </li>
              ))}
            </ul>
          </RecordPanel>
        </div>
        <RecordPanel id="timeline-heading" title={t("detail.timeline")}>
          <RecordTimeline
            testId="claim-timeline"
            items={claim.events.map((e) => ({
              key: String(e.id),
              at: e.createdAt,
              when: when(e.createdAt),
              by: e.byStaff ? t("detail.byDistributor") : t("detail.byDealer"),
              byStaff: e.byStaff,
              title: eventTitle(e, t),
              body: e.message ?? undefined,
            }))}
          />
        </RecordPanel>
        <RecordPanel id="add-heading" title={t("detail.addTitle")}>
          {open ? (
            <ClaimMessageForm
              claimNumber={claim.number}
              existingCount={attachments.filter((d) => d.source === "DEALER").length}
            />
          ) : (
            <p className="text-sm text-slate-700">{t("detail.closed")}</p>
          )}
        </RecordPanel>
      </div>
    </ClientMessages>
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
