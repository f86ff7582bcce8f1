"use client";
// One table cell's content: custom render, server-rendered element, or the value formatted by type.
import { isValidElement, type ReactNode } from "react";
import { formatCellText, type TYesNo } from "@/lib/grid/format-cell";
import type { TDataGridRow, TGridColumn } from "@/lib/grid/types";
import type { TLocale } from "@/lib/i18n/locales";
import type { TRenderCell } from "./grid-types";

// Note: no hooks here. A page renders a cell per row and column (280 for 20 rows × 14 columns), so
// the body looks up the locale and the yes/no words once and passes them in.
export function GridCellContent({
  column,
  row,
  renderCell,
  locale,
  yesNo,
}: {
  column: TGridColumn;
  row: TDataGridRow;
  renderCell?: TRenderCell;
  locale: TLocale;
  yesNo: TYesNo;
}) {
  const custom = renderCell?.(column.id, row);
  if (custom !== undefined) return <>{custom}</>;
  const value = row.cells[column.id];
  if (isReactNodeObject(value)) return <>{value}</>;

  let content: ReactNode;
  if (column.type === "flag" && !column.options) {
    content = value ? (
      <>
        <span aria-hidden="true">✓</span>
        <span className="sr-only">{yesNo.yes}</span>
      </>
    ) : (
      <span className="sr-only">{yesNo.no}</span>
    );
  } else {
    content = formatCellText(column, value, locale, yesNo);
  }
  const href = row.href?.[column.id];
  return href ? (
    <a href={href} className="text-brand-700 underline hover:text-brand-800">
      {content}
    </a>
  ) : (
    content
  );
}

/**
 * A server-rendered element passed as a cell. Past the first rows React streams such elements as
 * lazy references, which are not "valid elements" yet but render all the same.
 */
function isReactNodeObject(value: unknown): value is ReactNode {
  return isValidElement(value) || (typeof value === "object" && value !== null && "$$typeof" in value);
}

function columnAlign(column: TGridColumn): "left" | "right" | "center" {
  if (column.align) return column.align;
  if (column.type === "number" || column.type === "money") return "right";
  return column.type === "flag" ? "center" : "left";
}

// Note: full class names, so Tailwind finds them here; the grid-* ones are in app/globals.css.
const ALIGN_CLASS = { left: "", right: "text-right tabular-nums", center: "text-center" } as const;

/** A column header's alignment beside its `grid-head` style (left unless the column holds figures). */
export function headAlign(column: TGridColumn): string {
  return ALIGN_CLASS[columnAlign(column)];
}

/** A body cell's class: padding, alignment and wrapping as one style per kind of column. */
export function bodyCellClass(column: TGridColumn): string {
  const align = columnAlign(column);
  if (column.type === "date")
    return align === "left" ? "grid-cell-date" : `grid-cell-date ${ALIGN_CLASS[align]}`;
  if (column.type === "number" || column.type === "money")
    return align === "right" ? "grid-cell-number" : "grid-cell whitespace-nowrap";
  return align === "left" ? "grid-cell" : `grid-cell ${ALIGN_CLASS[align]}`;
}
