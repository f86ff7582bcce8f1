"use client";
// Below 640 px each row is a card: the key fields, the rest behind a details toggle.
import { useLocale, useTranslations } from "next-intl";
import { type ReactNode, useMemo } from "react";
import type { TDataGridRow, TGridColumn } from "@/lib/grid/types";
import type { TLocale } from "@/lib/i18n/locales";
import { columnPriority, type TColumnPriorities } from "./column-priority";
import { GridCellContent } from "./grid-cell";
import type { TRenderCell } from "./grid-types";

type TGridCardsProps = {
  columns: TGridColumn[];
  rows: TDataGridRow[];
  priorities?: TColumnPriorities;
  caption: string;
  renderCell?: TRenderCell;
  renderSelectCell?: (row: TDataGridRow) => ReactNode;
  id?: string;
};

export function GridCards({
  columns,
  rows,
  priorities,
  caption,
  renderCell,
  renderSelectCell,
  id,
}: TGridCardsProps) {
  const t = useTranslations("grid");
  const locale = useLocale() as TLocale;
  const yesNo = useMemo(() => ({ yes: t("yes"), no: t("no") }), [t]);
  // The card's title is the identifier: the first key column.
  const title = columns.find((c) => columnPriority(priorities, c.id) === 1) ?? columns[0];
  const rest = columns.filter((c) => c !== title);
  const key = rest.filter((c) => columnPriority(priorities, c.id) === 1);
  const more = rest.filter((c) => columnPriority(priorities, c.id) > 1);
  const field = (column: TGridColumn, row: TDataGridRow) => (
    <div key={column.id} className="contents">
      <dt className="text-slate-600">{column.label}</dt>
      <dd className="min-w-0 break-words">
        <GridCellContent column={column} row={row} renderCell={renderCell} locale={locale} yesNo={yesNo} />
      </dd>
    </div>
  );
  return (
    <ul
      id={id}
      tabIndex={id ? -1 : undefined}
      aria-label={caption}
      className="flex flex-col gap-2"
      data-testid="grid-cards"
    >
      {rows.map((row) => (
        <li
          key={row.id}
          className={`relative rounded border border-slate-300 bg-white p-3 text-sm ${row.disabled ? "text-slate-500" : ""}`}
        >
          <div className="flex items-start gap-3">
            {renderSelectCell ? <div className="pt-0.5">{renderSelectCell(row)}</div> : null}
            <div className="flex min-w-0 flex-1 flex-col gap-1">
              {title ? (
                <p className="font-semibold break-words">
                  <span className="sr-only">{title.label}: </span>
                  <GridCellContent
                    column={title}
                    row={row}
                    renderCell={renderCell}
                    locale={locale}
                    yesNo={yesNo}
                  />
                </p>
              ) : null}
              <dl className="grid grid-cols-[minmax(0,auto)_minmax(0,1fr)] gap-x-3 gap-y-1">
                {key.map((c) => field(c, row))}
              </dl>
              {more.length > 0 ? (
                <details>
                  <summary className="cursor-pointer text-brand-700">{t("details")}</summary>
                  <dl className="mt-1 grid grid-cols-[minmax(0,auto)_minmax(0,1fr)] gap-x-3 gap-y-1">
                    {more.map((c) => field(c, row))}
                  </dl>
                </details>
              ) : null}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
