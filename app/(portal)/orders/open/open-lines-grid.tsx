"use client";
import { useLocale, useTranslations } from "next-intl";
import { DataGrid, type TColumnPriorities, type TDataGridRow } from "@/components/data-grid/data-grid";
import type { TGridColumn, TGridState } from "@/lib/grid/types";
import { formatDate } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import { isLate } from "@/lib/orders/late";

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
};

// The open lines grid; the expected date is the page's most important cell: bold, "not yet
// known" when empty, marked when it moved later since the last visit (cells.movedFrom).
export function OpenLinesGrid(props: TProps) {
  const t = useTranslations("orders");
  const locale = useLocale() as TLocale;
  const renderCell = (columnId: string, row: TDataGridRow) => {
    if (columnId !== "expectedDate") return undefined;
    const expected = row.cells.expectedDate as string | null;
    if (!expected) return <span className="italic text-slate-600">{t("notKnown")}</span>;
    const movedFrom = row.cells.movedFrom as string | null;
    const previous = movedFrom ? t("movedFrom", { date: formatDate(movedFrom, locale) }) : null;
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
