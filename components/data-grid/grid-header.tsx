"use client";
// The grid's column headers: sort buttons, drag handles for grouping, and the search row.
import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { isFilterable, isSortable, type TGridColumn, type TGridSort } from "@/lib/grid/types";
import { headAlign } from "./grid-cell";
import { GridFilterInput } from "./grid-filter-input";
import { selectCellClass, type TCellClass } from "./grid-layout";
import { GRID_COLUMN_DRAG_TYPE } from "./grid-types";

type TGridHeaderProps = {
  columns: TGridColumn[];
  sort: TGridSort | null;
  filters: Record<string, string>;
  draggable: boolean;
  selectionHeader?: ReactNode;
  cellClass: TCellClass;
  stickySelect: boolean;
  onSort: (columnId: string) => void;
  onFilter: (columnId: string, text: string) => void;
};

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

export function GridHeader(props: TGridHeaderProps) {
  const { columns, sort, filters, draggable, selectionHeader, cellClass, stickySelect, onSort, onFilter } =
    props;
  const t = useTranslations("grid");
  const hasSelection = selectionHeader !== undefined;
  return (
    <thead className="bg-brand-50 text-slate-800">
      <tr>
        {hasSelection ? (
          <th scope="col" className={`${selectCellClass("head", stickySelect)} py-2`}>
            {selectionHeader}
          </th>
        ) : null}
        {columns.map((column) => {
          const sorted = sort?.id === column.id ? sort.dir : null;
          return (
            <th
              key={column.id}
              scope="col"
              style={column.width ? { width: column.width } : undefined}
              aria-sort={sorted ? ARIA_SORT[sorted] : isSortable(column) ? "none" : undefined}
              draggable={draggable || undefined}
              onDragStart={
                draggable
                  ? (event) => {
                      event.dataTransfer.setData(GRID_COLUMN_DRAG_TYPE, column.id);
                      event.dataTransfer.effectAllowed = "move";
                    }
                  : undefined
              }
              className={clsx(
                "grid-head",
                headAlign(column),
                cellClass(column.id, "head"),
                draggable && "cursor-grab",
              )}
            >
              {isSortable(column) ? (
                <button
                  type="button"
                  title={t("sortBy", { column: column.label })}
                  onClick={() => onSort(column.id)}
                  className="grid-sort"
                >
                  <span>{column.label}</span>
                  <span aria-hidden="true" className={sorted ? "text-brand-700" : "text-slate-400"}>
                    {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                  </span>
                </button>
              ) : (
                <span className="px-0.5">{column.label}</span>
              )}
            </th>
          );
        })}
      </tr>
      {columns.some(isFilterable) ? (
        <tr>
          {hasSelection ? <td className={selectCellClass("head", stickySelect)} /> : null}
          {columns.map((column) => (
            <td key={column.id} className={`px-1.5 pb-2 ${cellClass(column.id, "head")}`}>
              {isFilterable(column) ? (
                <GridFilterInput
                  column={column}
                  value={filters[column.id] ?? ""}
                  onFilter={(text) => onFilter(column.id, text)}
                />
              ) : null}
            </td>
          ))}
        </tr>
      ) : null}
    </thead>
  );
}
