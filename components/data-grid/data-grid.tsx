"use client";
// The one grid of every section: one server-loaded page of rows with URL-driven sort, search, paging, grouping and selection.
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { parseGroup } from "@/lib/grid/params";
import type { TDataGridRow, TGridColumn, TGridState } from "@/lib/grid/types";
import { nextSort } from "@/lib/grid/url";
import { GridBody } from "./grid-body";
import { GridGroupBar } from "./grid-group-bar";
import { GridHeader } from "./grid-header";
import { GridPager } from "./grid-pager";
import { PageSelectCheckbox, RowSelectCheckbox, SelectionBar } from "./grid-selection";
import type { TGridSelectionProps, TRenderCell } from "./grid-types";
import { useGridSelection } from "./use-grid-selection";
import { useGridUrl } from "./use-grid-url";

export type { TDataGridRow } from "@/lib/grid/types";
export type { TRenderCell } from "./grid-types";
export { useGridSelection } from "./use-grid-selection";

export type TDataGridProps = {
  columns: TGridColumn[];
  rows: TDataGridRow[];
  total: number;
  state: TGridState;
  prefix?: string;
  caption: string;
  selection?: TGridSelectionProps;
  grouping?: boolean;
  /** Needs a client component around the grid: functions cannot cross from the server. */
  renderCell?: TRenderCell;
  exportHref?: string;
};

export function DataGrid({ columns, rows, total, state, prefix = "", caption, selection, grouping, renderCell, exportHref }: TDataGridProps) {
  const t = useTranslations("grid");
  const { update, pending, searchParams } = useGridUrl(prefix);
  // Hooks cannot be conditional: without a `selection` prop the selection is read but never shown.
  const selected = useGridSelection(selection?.storageKey ?? "");
  const onSelectionChange = selection?.onChange;
  useEffect(() => {
    onSelectionChange?.(selected.ids);
  }, [selected.ids, onSelectionChange]);

  const group = grouping ? parseGroup(Object.fromEntries(searchParams), columns, prefix) : null;
  const hasFilters = Object.keys(state.filters).length > 0;

  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center justify-end gap-3">
        {hasFilters ? (
          <button type="button" onClick={() => update({ clearFilters: true })} className="rounded px-2 py-1 text-sm text-brand-700 underline hover:bg-brand-50">
            {t("clearFilters")}
          </button>
        ) : null}
        {exportHref ? (
          <a href={exportHref} className="rounded border border-brand-600 px-3 py-1 text-sm text-brand-700 hover:bg-brand-50">
            {t("exportCsv")}
          </a>
        ) : null}
      </div>
      {grouping ? <GridGroupBar columns={columns} group={group} onGroup={(id) => update({ group: id })} /> : null}
      {selection ? <SelectionBar selection={selected} allIdsHref={selection.allIdsHref} /> : null}
      <div className="overflow-x-auto rounded border border-slate-300">
        <table aria-busy={pending} className={`w-full border-collapse bg-white ${pending ? "opacity-60" : ""}`}>
          <caption className="sr-only">{caption}</caption>
          <GridHeader
            columns={columns}
            sort={state.sort}
            filters={state.filters}
            draggable={Boolean(grouping)}
            selectionHeader={selection ? <PageSelectCheckbox rows={rows} selection={selected} /> : undefined}
            onSort={(id) => update({ sort: nextSort(state.sort, id) })}
            onFilter={(id, text) => update({ filter: { id, text } })}
          />
          <GridBody
            columns={columns}
            rows={rows}
            group={group}
            renderCell={renderCell}
            renderSelectCell={selection ? (row) => <RowSelectCheckbox row={row} selection={selected} /> : undefined}
          />
        </table>
        {rows.length === 0 ? <p className="px-3 py-6 text-center text-sm text-slate-600">{t("noRows")}</p> : null}
      </div>
      <GridPager
        page={state.page}
        pageSize={state.pageSize}
        total={total}
        onPage={(page) => update({ page })}
        onPageSize={(size) => update({ size })}
      />
    </div>
  );
}
