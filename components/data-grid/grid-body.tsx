"use client";
// The rows of the current page, grouped by one column when asked (TanStack's grouped row model).
import {
  type ColumnDef,
  type ExpandedState,
  getCoreRowModel,
  getExpandedRowModel,
  getGroupedRowModel,
  useReactTable,
} from "@tanstack/react-table";
import { useLocale, useTranslations } from "next-intl";
import { type ReactNode, useMemo, useState } from "react";
import { formatCellText } from "@/lib/grid/format-cell";
import type { TDataGridRow, TGridColumn } from "@/lib/grid/types";
import type { TLocale } from "@/lib/i18n/locales";
import { cellAlign, GridCellContent } from "./grid-cell";
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

const NOWRAP = new Set(["number", "money", "date"]);

// Dates and other objects would each form their own group; group on a primitive key instead.
function groupingKey(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return typeof value === "number" || typeof value === "boolean" ? value : String(value);
}

export function GridBody(props: TGridBodyProps) {
  const { columns, rows, group, renderCell, renderSelectCell, cellClass, stickySelect, longColumns, id } =
    props;
  const t = useTranslations("grid");
  const locale = useLocale() as TLocale;
  const yesNo = useMemo(() => ({ yes: t("yes"), no: t("no") }), [t]);
  const [expanded, setExpanded] = useState<ExpandedState>(true);
  const columnDefs = useMemo<ColumnDef<TDataGridRow>[]>(
    () =>
      columns.map((column) => ({ id: column.id, accessorFn: (row) => groupingKey(row.cells[column.id]) })),
    [columns],
  );
  const grouping = useMemo(() => (group ? [group] : []), [group]);
  const table = useReactTable({
    data: rows,
    columns: columnDefs,
    state: { grouping, expanded },
    onExpandedChange: setExpanded,
    autoResetExpanded: false,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    getGroupedRowModel: getGroupedRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
  });
  const groupColumn = columns.find((c) => c.id === group);
  const span = columns.length + (renderSelectCell ? 1 : 0);

  return (
    <tbody id={id} tabIndex={id ? -1 : undefined}>
      {table.getRowModel().rows.map((row) => {
        if (row.getIsGrouped() && groupColumn) {
          const first = row.getLeafRows()[0]?.original;
          const value = first ? formatCellText(groupColumn, first.cells[groupColumn.id], locale, yesNo) : "";
          return (
            <tr key={row.id} className="border-t border-slate-300 bg-brand-100">
              <th scope="colgroup" colSpan={span} className="px-2 py-1 text-left text-sm">
                <button
                  type="button"
                  aria-expanded={row.getIsExpanded()}
                  onClick={row.getToggleExpandedHandler()}
                  className="inline-flex items-center gap-2 rounded px-1 font-semibold hover:bg-brand-50"
                >
                  <span aria-hidden="true">{row.getIsExpanded() ? "▾" : "▸"}</span>
                  <span>
                    {groupColumn.label}: {value || t("emptyGroup")}
                  </span>
                  <span className="font-normal text-slate-700">
                    ({t("groupRowCount", { count: row.getLeafRows().length })})
                  </span>
                </button>
              </th>
            </tr>
          );
        }
        const data = row.original;
        return (
          <tr key={row.id} className={`grid-row ${data.disabled ? "text-slate-500" : ""}`}>
            {renderSelectCell ? (
              <td className={`${selectCellClass("body", stickySelect)} py-1.5`}>{renderSelectCell(data)}</td>
            ) : null}
            {columns.map((column) => {
              const content = (
                <GridCellContent
                  column={column}
                  row={data}
                  renderCell={renderCell}
                  locale={locale}
                  yesNo={yesNo}
                />
              );
              const long = longColumns?.includes(column.id);
              return (
                <td
                  key={column.id}
                  className={`grid-cell ${cellAlign(column)} ${NOWRAP.has(column.type) ? "whitespace-nowrap" : ""} ${cellClass(column.id, "body")}`}
                >
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
      })}
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
