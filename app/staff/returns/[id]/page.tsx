import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { requireStaff } from "@/lib/auth/session";
import { todayIso } from "@/lib/dates";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import { closeRmaAction, markInvoicedAction } from "@/lib/staff/returns/actions";
import { getRmaForStaff } from "@/lib/staff/returns/queries";
import { AuditTimeline } from "../../_components/audit-timeline";
import { PageTitle } from "../../_components/page-title";
import { ViewAsDealerButton } from "../../_components/view-as-dealer-button";
import { CreditNoteForm } from "./credit-note-form";
import { LineForm } from "./line-form";
import { LinePhotos } from "./line-photos";

const REASON_LABEL = { nl: "labelNl", fr: "labelFr", en: "labelEn", de: "labelDe" } as const;

export default async function StaffRmaPage({ params }: { params: Promise<{ id: string }> }) {
  await requireStaff();
  const { id } = await params;
  const rma = /^\d{1,9}$/.test(id) ? await getRmaForStaff(Number(id)) : null;
  if (!rma) notFound();
  const [t, locale] = await Promise.all([getTranslations("staff.returns"), getLocale() as Promise<TLocale>]);
  const today = todayIso();
  const expectedLeft = rma.lines.filter((l) => l.status === "EXPECTED").length;
  return (
    <div className="flex flex-col gap-6">
      <PageTitle
        title={`${rma.number} · ${t(`status.${rma.status}`)}`}
        back={{ href: "/staff/returns", label: t("queueTitle") }}
      >
        <ViewAsDealerButton
          customerId={rma.customer.id}
          landing={`/returns?f.rmaNumber=${encodeURIComponent(rma.number)}`}
        />
      </PageTitle>
      <dl className="grid max-w-2xl grid-cols-[12rem_1fr] gap-1 text-sm">
        <dt>{t("customer")}</dt>
        <dd>
          {rma.customer.erpNumber} · {rma.customer.name}
        </dd>
        <dt>{t("createdBy")}</dt>
        <dd>
          {rma.createdBy.name} ({rma.createdBy.email})
        </dd>
        <dt>{t("columns.createdAt")}</dt>
        <dd>{formatDate(rma.createdAt, locale, { calendarDate: false })}</dd>
        {rma.closedAt ? (
          <>
            <dt>{t("closedAt")}</dt>
            <dd>{formatDate(rma.closedAt, locale, { calendarDate: false })}</dd>
          </>
        ) : null}
        {rma.reference ? (
          <>
            <dt>{t("reference")}</dt>
            <dd>{rma.reference}</dd>
          </>
        ) : null}
        {rma.remarks ? (
          <>
            <dt>{t("remarks")}</dt>
            <dd className="whitespace-pre-line">{rma.remarks}</dd>
          </>
        ) : null}
      </dl>
      <section className="overflow-x-auto rounded-lg border bg-white p-5">
        <h2 className="mb-3 font-semibold">{t("lines")}</h2>
        <table className="w-full text-sm">
          <thead>
            <tr className="border-b text-left">
              {(
                ["article", "reason", "expected", "received", "receivedAt", "lineStatus", "handle"] as const
              ).map((c) => (
                <th key={c} scope="col" className="py-2 pr-3">
                  {t(`lineColumns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rma.lines.map((line) => (
              <tr
                key={line.id}
                className="border-b border-slate-100 align-top"
                data-testid={`rma-line-${line.id}`}
              >
                <td className="py-2 pr-3">
                  <div className="font-medium">{line.deliveredLine.articleNumber}</div>
                  <div className="text-slate-600">{line.deliveredLine.articleName}</div>
                  <div className="text-xs text-slate-500">{line.deliveredLine.salesOrderNumber}</div>
                </td>
                <td className="pr-3">
                  {line.reason[REASON_LABEL[locale]]}
                  {line.remark ? <div className="text-xs text-slate-600">{line.remark}</div> : null}
                  <LinePhotos photos={line.photos} />
                </td>
                <td className="pr-3 text-right tabular-nums">{line.quantityExpected}</td>
                <td className="pr-3 text-right tabular-nums">{line.quantityReceived ?? "–"}</td>
                <td className="pr-3">{formatDate(line.receivedAt, locale)}</td>
                <td className="pr-3">
                  {t(`lineStatus.${line.status}`)}
                  {line.rejectionReason ? (
                    <div className="text-xs text-slate-600">{line.rejectionReason}</div>
                  ) : null}
                </td>
                <td className="py-1">
                  {rma.status === "OPEN" && line.status === "EXPECTED" ? (
                    <LineForm
                      rmaLineId={line.id}
                      quantityExpected={line.quantityExpected}
                      today={today}
                      label={line.deliveredLine.articleNumber}
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {rma.status === "OPEN" ? (
        <section className="rounded-lg border bg-white p-5">
          <h2 className="mb-2 font-semibold">{t("closeTitle")}</h2>
          <p className="mb-3 text-sm text-slate-700">
            {expectedLeft > 0 ? t("closeWarning", { count: expectedLeft }) : t("closeReady")}
          </p>
          <ActionButton
            action={closeRmaAction}
            input={{ rmaId: rma.id }}
            label={t("close")}
            variant="primary"
            confirm={expectedLeft > 0 ? t("closeWarning", { count: expectedLeft }) : undefined}
          />
        </section>
      ) : null}
      <section className="rounded-lg border bg-white p-5">
        <h2 className="mb-3 font-semibold">{t("creditNotes")}</h2>
        {rma.creditNotes.length > 0 ? (
          <ul className="mb-4 text-sm">
            {rma.creditNotes.map((c) => (
              <li key={c.id}>
                {c.number} · {formatDate(c.invoiceDate, locale)} · € {formatMoney(c.amount, locale)}
                {c.documentId ? (
                  <>
                    {" "}
                    ·{" "}
                    <a className="text-brand-700 underline" href={`/staff/documents/${c.documentId}`}>
                      PDF
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-4 text-sm text-slate-600">{t("noCreditNote")}</p>
        )}
        {rma.status === "CLOSED" ? (
          <div className="flex flex-col gap-4">
            <CreditNoteForm rmaId={rma.id} today={today} />
            <div>
              <ActionButton
                action={markInvoicedAction}
                input={{ rmaId: rma.id }}
                label={t("markInvoiced")}
                variant="primary"
              />
            </div>
          </div>
        ) : rma.status === "OPEN" ? (
          <p className="text-sm text-slate-600">{t("closeFirstHint")}</p>
        ) : null}
      </section>
      <AuditTimeline scope={{ recordNumber: rma.number }} />
    </div>
  );
}
