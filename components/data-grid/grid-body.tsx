"use client";
// The rows of the current page, grouped by one column when asked (groupRows; each group folds).
import { clsx } from "clsx";
import { useLocale, useTranslations } from "next-intl";
import { Fragment, type ReactNode, useMemo, useState } from "react";
import { formatCellText } from "@/lib/grid/format-cell";
import { groupRows } from "@/lib/grid/group-rows";
import type { TDataGridRow, TGridColumn } from "@/lib/grid/types";
import type { TLocale } from "@/lib/i18n/locales";
import { bodyCellClass, GridCellContent } from "./grid-cell";
import { selectCellClass, type TCellClass } from "./grid-layout";
import type { TRenderCell } from "./grid-types";

type TGridBodyProps = {
  columns: TGridColumn[];
  rows: TDataGridRow[];
  group: string | null;
  renderCell?: TRenderCell;
  renderSelectCell?: (row: TDataGridRow) => ReactNode;
  cellClass: TCellClass;
  stickySelect: boolean;
  /** Long free text: two lines at most, the full text on hover. */
  longColumns?: string[];
  id?: string;
};

export function GridBody(props: TGridBodyProps) {
  const { columns, rows, group, renderCell, renderSelectCell, cellClass, stickySelect, longColumns, id } =
    props;
  const t = useTranslations("grid");
  const locale = useLocale() as TLocale;
  const yesNo = useMemo(() => ({ yes: t("yes"), no: t("no") }), [t]);
  // The groups the user folded, by key; every group starts open.
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const groupColumn = columns.find((c) => c.id === group);
  const groups = useMemo(() => (groupColumn ? groupRows(rows, groupColumn.id) : null), [rows, groupColumn]);
  const span = columns.length + (renderSelectCell ? 1 : 0);
  const toggle = (key: string) =>
    setFolded((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  const renderRow = (data: TDataGridRow) => (
    <tr key={data.id} className={clsx("grid-row", data.disabled && "text-slate-500")}>
      {renderSelectCell ? (
        <td className={`${selectCellClass("body", stickySelect)} py-1.5`}>{renderSelectCell(data)}</td>
      ) : null}
      {columns.map((column) => {
        const content = (
          <GridCellContent column={column} row={data} renderCell={renderCell} locale={locale} yesNo={yesNo} />
        );
        const long = longColumns?.includes(column.id);
        return (
          <td key={column.id} className={clsx(bodyCellClass(column), cellClass(column.id, "body"))}>
            {long ? (
              <LongText text={formatCellText(column, data.cells[column.id], locale, yesNo)}>
                {content}
              </LongText>
            ) : (
              content
            )}
          </td>
        );
      })}
    </tr>
  );

  return (
    <tbody id={id} tabIndex={id ? -1 : undefined}>
      {groups && groupColumn
        ? groups.map((g) => {
            const open = !folded.has(g.key);
            const value = formatCellText(groupColumn, g.value, locale, yesNo);
            return (
              <Fragment key={g.key}>
                <tr className="border-t border-slate-300 bg-brand-100">
                  <th scope="colgroup" colSpan={span} className="px-2 py-1 text-left text-sm">
                    <button
                      type="button"
                      aria-expanded={open}
                      onClick={() => toggle(g.key)}
                      className="inline-flex items-center gap-2 rounded px-1 font-semibold hover:bg-brand-50"
                    >
                      <span aria-hidden="true">{open ? "▾" : "▸"}</span>
                      <span>
                        {groupColumn.label}: {value || t("emptyGroup")}
                      </span>
                      <span className="font-normal text-slate-700">
                        ({t("groupRowCount", { count: g.rows.length })})
                      </span>
                    </button>
                  </th>
                </tr>
                {open ? g.rows.map(renderRow) : null}
              </Fragment>
            );
          })
        : rows.map(renderRow)}
    </tbody>
  );
}

// Long text shows two lines; the whole text on hover and, for keyboard users, on focus (a tab stop
// only where the text may be cut off), in place, so nothing floats outside the scrolling table.
const LONG_TEXT_CHARACTERS = 40;
function LongText({ text, children }: { text: string; children: ReactNode }) {
  const focusable = text.length > LONG_TEXT_CHARACTERS;
  return (
    <span
      className="grid-long-text"
      tabIndex={focusable ? 0 : undefined}
      data-long-text={focusable ? "" : undefined}
    >
      {children}
    </span>
  );
}
