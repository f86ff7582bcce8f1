import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { requireStaff } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import { setGoodsReceivedAction } from "@/lib/staff/warranty/actions";
import { getClaimForStaff } from "@/lib/staff/warranty/queries";
import { NEXT_STATUSES } from "@/lib/staff/warranty/schema";
import { isWarrantyCheck } from "@/lib/warranty/schema";
import { AuditTimeline } from "../../_components/audit-timeline";
import { PageTitle } from "../../_components/page-title";
import { ViewAsDealerButton } from "../../_components/view-as-dealer-button";
import { ClaimDocumentForm } from "./document-form";
import { ClaimStatusForm } from "./status-form";

export default async function StaffClaimPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff();
  const { id } = await params;
  const claim = /^\d{1,9}$/.test(id) ? await getClaimForStaff(Number(id)) : null;
  if (!claim) notFound();
  const [t, tw, locale] = await Promise.all([
    getTranslations("staff.warranty"),
    getTranslations("warranty"),
    getLocale() as Promise<TLocale>,
  ]);
  const km = (m: number | null) => (m === null ? "–" : `${m.toLocaleString(locale)} km`);
  const facts: Array<[string, string | number | null]> = [
    [t("customer"), `${claim.customer.erpNumber} · ${claim.customer.name}`],
    [t("createdBy"), `${claim.createdBy.name} (${claim.createdBy.email})`],
    [t("columns.createdAt"), formatDate(claim.createdAt, locale, { calendarDate: false })],
    [t("columns.handledAt"), formatDate(claim.handledAt, locale, { calendarDate: false })],
    [t("columns.articleNumber"), claim.articleNumber],
    [t("serialNumber"), claim.serialNumber],
    [t("salesOrderNumber"), claim.salesOrderNumber],
    [t("quantity"), claim.quantity],
    [
      t("vehicle"),
      [claim.vehicleMake, claim.vehicleModel, claim.vehicleYear, claim.vin, claim.engineCode]
        .filter(Boolean)
        .join(" · "),
    ],
    [t("mileage"), `${km(claim.mileageAtFitting)} → ${km(claim.mileageAtFailure)}`],
    [t("dates"), `${formatDate(claim.fittingDate, locale)} → ${formatDate(claim.failureDate, locale)}`],
    [t("fittedBy"), claim.fittedBy],
    [t("complaint"), claim.complaint],
    [t("checksDone"), claim.checksDone.map((c) => (isWarrantyCheck(c) ? tw(`checks.${c}`) : c)).join(", ")],
    [t("remark"), claim.remark],
  ];
  const next = NEXT_STATUSES[claim.status];
  return (
    <div className="flex flex-col gap-6">
      <PageTitle
        title={`${claim.number} · ${t(`status.${claim.status}`)}`}
        back={{ href: "/staff/warranty", label: t("queueTitle") }}
      >
        <ViewAsDealerButton
          customerId={claim.customer.id}
          landing={`/warranty/${encodeURIComponent(claim.number)}`}
        />
      </PageTitle>
      <dl className="grid max-w-3xl grid-cols-[12rem_1fr] gap-1 text-sm">
        {facts
          .filter(([, v]) => v !== "" && v !== null)
          .map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-600">{label}</dt>
              <dd className="whitespace-pre-line">{value}</dd>
            </div>
          ))}
      </dl>
      <section className="rounded-lg border bg-white p-5">
        <h2 className="mb-3 font-semibold">
          {t("goodsReceived")}: {claim.goodsReceived ? t("yes") : t("no")}
        </h2>
        <ActionButton
          action={setGoodsReceivedAction}
          input={{ claimId: claim.id, goodsReceived: !claim.goodsReceived }}
          label={claim.goodsReceived ? t("markNotReceived") : t("markReceived")}
        />
      </section>
      <section className="rounded-lg border bg-white p-5">
        <h2 className="mb-3 font-semibold">{t("statusAndReaction")}</h2>
        <ClaimStatusForm claimId={claim.id} current={claim.status} next={next} />
      </section>
      <section className="rounded-lg border bg-white p-5">
        <h2 className="mb-3 font-semibold">{t("documents")}</h2>
        <ul className="mb-4 text-sm">
          {claim.documents.map((d) => (
            <li key={d.id}>
              <a className="text-brand-700 underline" href={`/staff/documents/${d.id}`}>
                {d.fileName}
              </a>{" "}
              · {t(`kinds.${d.kind}`)} · {t(`sources.${d.source}`)} ·{" "}
              {formatDate(d.createdAt, locale, { calendarDate: false })}
            </li>
          ))}
        </ul>
        <ClaimDocumentForm claimId={claim.id} />
      </section>
      <section className="rounded-lg border bg-white p-5">
        <h2 className="mb-3 font-semibold">{t("history")}</h2>
        <ol className="flex flex-col gap-2 text-sm">
          {claim.events.map((e) => (
            <li key={e.id}>
              <span className="text-slate-600">
                {formatDate(e.createdAt, locale, { calendarDate: false })}
              </span>{" "}
              · {t(`events.${e.kind}`)}
              {e.status ? ` → ${t(`status.${e.status}`)}` : ""} · {e.byStaff ? t("byStaff") : t("byDealer")}
              {e.message && e.kind !== "GOODS_RECEIVED" ? (
                <p className="whitespace-pre-line text-slate-700">{e.message}</p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      <AuditTimeline scope={{ recordNumber: claim.number }} />
    </div>
  );
}
