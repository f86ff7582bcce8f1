import { getTranslations } from "next-intl/server";
import { cardTable } from "@/components/ui/card-table";
import { formatDate } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import { reasonLabel } from "@/lib/returns/reason-label";
import type { TRmaPage } from "@/lib/returns/rma-page-query";

// The RMA's lines: sales order, article, quantities expected and received, reason, status (with a
// rejection's reason) and the dealer's photos. Below 640 px each line is a card.
const LINE_TONE = {
  EXPECTED: "bg-amber-100 text-amber-900",
  RECEIVED: "bg-sky-100 text-sky-900",
  REJECTED: "bg-red-100 text-red-900",
  INVOICED: "bg-green-100 text-green-900",
} as const;

export async function RmaLines({ rma, locale }: { rma: TRmaPage; locale: TLocale }) {
  const [t, tr] = await Promise.all([getTranslations("returns"), getTranslations("rma")]);
  const num = `${cardTable.td} text-right tabular-nums`;
  return (
    <div className={cardTable.wrapper}>
      <table className={cardTable.table}>
        <caption className="sr-only">{tr("page.linesCaption", { number: rma.number })}</caption>
        <thead className={cardTable.thead}>
          <tr>
            <th scope="col" className={`${cardTable.th} max-md:hidden`}>
              {t("columns.salesOrderNumber")}
            </th>
            <th scope="col" className={cardTable.th}>
              {t("columns.articleNumber")}
            </th>
            <th scope="col" className={`${cardTable.th} max-xl:hidden`}>
              {t("columns.externalArticleNumbers")}
            </th>
            <th scope="col" className={`${cardTable.th} max-lg:hidden`}>
              {t("columns.articleName")}
            </th>
            <th scope="col" className={`${cardTable.th} text-right`}>
              {t("columns.quantityExpected")}
            </th>
            <th scope="col" className={`${cardTable.th} text-right`}>
              {t("columns.quantityReceived")}
            </th>
            <th scope="col" className={`${cardTable.th} max-md:hidden`}>
              {t("columns.receivedAt")}
            </th>
            <th scope="col" className={cardTable.th}>
              {t("columns.reason")}
            </th>
            <th scope="col" className={cardTable.th}>
              {t("columns.status")}
            </th>
          </tr>
        </thead>
        <tbody className={cardTable.tbody}>
          {rma.lines.map((line) => (
            <tr key={line.id} data-testid={`rma-line-${line.articleNumber}`} className={cardTable.row}>
              <td data-label={t("columns.salesOrderNumber")} className={`${cardTable.td} max-md:hidden`}>
                <div>
                  {line.salesOrderNumber}
                  <span className="block text-xs text-slate-600">
                    {formatDate(line.deliveryDate, locale)}
                  </span>
                </div>
              </td>
              <td data-label={t("columns.articleNumber")} className={`${cardTable.td} font-medium`}>
                {line.articleNumber}
              </td>
              <td
                data-label={t("columns.externalArticleNumbers")}
                className={`${cardTable.td} max-xl:hidden`}
              >
                {line.externalArticleNumbers}
              </td>
              <td data-label={t("columns.articleName")} className={`${cardTable.td} max-lg:hidden`}>
                <span className="line-clamp-2 max-w-64" title={line.articleName}>
                  {line.articleName}
                </span>
              </td>
              <td data-label={t("columns.quantityExpected")} className={num}>
                {line.quantityExpected}
              </td>
              <td data-label={t("columns.quantityReceived")} className={num}>
                {line.quantityReceived ?? "—"}
              </td>
              <td
                data-label={t("columns.receivedAt")}
                className={`${cardTable.td} whitespace-nowrap max-md:hidden`}
              >
                {line.receivedAt ? formatDate(line.receivedAt, locale) : "—"}
              </td>
              <td data-label={t("columns.reason")} className={cardTable.td}>
                <div>
                  {reasonLabel(line.reason, locale)}
                  {line.photos.length ? (
                    <ul className="mt-1 flex flex-col gap-0.5 text-xs" aria-label={tr("page.photos")}>
                      {line.photos.map((photo) => (
                        <li key={photo.id}>
                          <a href={`/documents/${photo.id}`} className="break-all text-brand-700 underline">
                            {photo.fileName}
                          </a>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </div>
              </td>
              <td data-label={t("columns.status")} className={cardTable.td}>
                <div>
                  <span
                    data-testid="line-status"
                    className={`rounded-full px-2 py-0.5 text-xs font-medium ${LINE_TONE[line.status]}`}
                  >
                    {t(`status.${line.status}`)}
                  </span>
                  {line.status === "REJECTED" && line.rejectionReason ? (
                    <p className="mt-1 text-xs text-red-800">
                      {tr("page.rejectedBecause", { reason: line.rejectionReason })}
                    </p>
                  ) : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
