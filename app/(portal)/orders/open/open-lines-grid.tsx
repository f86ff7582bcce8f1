"use client";
import { useLocale, useTranslations } from "next-intl";
import { DataGrid, type TColumnPriorities, type TDataGridRow } from "@/components/data-grid/data-grid";
import type { TGridColumn, TGridState } from "@/lib/grid/types";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import { isLate } from "@/lib/orders/late";
import type { TDateChange } from "@/lib/orders/marks";
import { AcknowledgeButton } from "./acknowledge-button";

// Key columns: the order, the article, what is still to come and when (Verwachte leverdatum).
const PRIORITIES: TColumnPriorities = {
  salesOrderNumber: 1,
  articleNumber: 1,
  remaining: 1,
  expectedDate: 1,
  articleName: 2,
  deliverArticleNumber: 3,
  customerPoNumber: 3,
  quantityOrdered: 3,
  quantityDelivered: 3,
  orderDate: 4,
  salesRep: 4,
};

type TProps = {
  columns: TGridColumn[];
  rows: TDataGridRow[];
  total: number;
  state: TGridState;
  caption: string;
  exportHref: string;
  /** When the page was made (ISO), for the "Gezien" buttons. */
  seenAt: string;
};

// The open lines grid; the expected date is the page's most important cell: bold, "not yet
// known" when empty, "te laat" when past, marked when it moved later and this user has not yet
// acknowledged it (cells.movedFrom, with a "Gezien" button), and the line's date history.
export function OpenLinesGrid(props: TProps) {
  const t = useTranslations("orders");
  const tm = useTranslations("desk.marks");
  const locale = useLocale() as TLocale;
  const dateText = (date: string | null) => (date ? formatDate(date, locale) : t("notKnown"));
  const renderCell = (columnId: string, row: TDataGridRow) => {
    if (columnId !== "expectedDate") return undefined;
    const expected = row.cells.expectedDate as string | null;
    const movedFrom = row.cells.movedFrom as string | null;
    const history = (row.cells.dateHistory as TDateChange[] | undefined) ?? [];
    const names = { order: String(row.cells.salesOrderNumber), article: String(row.cells.articleNumber) };
    const previous = movedFrom ? t("movedFrom", { date: formatDate(movedFrom, locale) }) : null;
    const historyBlock =
      history.length > 0 ? (
        <details className="w-full text-xs" data-testid="date-history">
          <summary className="cursor-pointer text-brand-700 underline" aria-label={tm("historyLabel", names)}>
            {tm("history")}
          </summary>
          <ol className="mt-1 flex flex-col gap-0.5 text-slate-700">
            {history.map((change) => (
              <li key={change.at + (change.to ?? "")}>
                {tm("historyEntry", {
                  at: formatDateTime(change.at, locale),
                  from: dateText(change.from),
                  to: dateText(change.to),
                  source: tm(`source.${change.source}`),
                })}
              </li>
            ))}
          </ol>
        </details>
      ) : null;
    if (!expected)
      return (
        <span className="inline-flex flex-wrap items-center gap-2">
          <span className="italic text-slate-600">{t("notKnown")}</span>
          {historyBlock}
        </span>
      );
    return (
      <span className="inline-flex flex-wrap items-center gap-2">
        <strong className="rounded bg-brand-50 px-1 font-semibold text-slate-900">
          {formatDate(expected, locale)}
        </strong>
        {isLate(expected) ? (
          <span
            data-testid="late"
            title={t("lateHint")}
            className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-800"
          >
            {t("late")}
          </span>
        ) : null}
        {previous ? (
          <span
            data-testid="moved-later"
            title={previous}
            className="inline-flex items-center gap-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900"
          >
            <span aria-hidden="true">⚠</span>
            {t("moved")}
            <span className="sr-only">: {previous}</span>
          </span>
        ) : null}
        {previous ? (
          <AcknowledgeButton
            lineIds={[Number(row.id)]}
            seenAt={props.seenAt}
            label={tm("acknowledgeOne")}
            ariaLabel={tm("acknowledgeOneLabel", names)}
            size="small"
            testId="acknowledge-line"
          />
        ) : null}
        {historyBlock}
      </span>
    );
  };
  return (
    <DataGrid
      {...props}
      renderCell={renderCell}
      priorities={PRIORITIES}
      longColumns={["articleName"]}
      gridId="orders-open"
    />
  );
}
