"use client";
// The one grid of every section: one server-loaded page of rows with URL-driven sort, search, paging, grouping and selection.
import { useTranslations } from "next-intl";
import { useEffect, useId } from "react";
import { parseGroup } from "@/lib/grid/params";
import type { TDataGridRow, TGridColumn, TGridState } from "@/lib/grid/types";
import { nextSort } from "@/lib/grid/url";
import type { TColumnPriorities } from "./column-priority";
import { GridBody } from "./grid-body";
import { GridCardControls } from "./grid-card-controls";
import { GridCards } from "./grid-cards";
import { GridColumnChooser } from "./grid-column-chooser";
import { GridGroupBar } from "./grid-group-bar";
import { GridHeader } from "./grid-header";
import { makeCellClass } from "./grid-layout";
import { GridPager } from "./grid-pager";
import { useGridUser } from "./grid-scope";
import { PageSelectCheckbox, RowSelectCheckbox, SelectionBar } from "./grid-selection";
import type { TGridSelectionProps, TRenderCell } from "./grid-types";
import { useColumnChoices } from "./use-column-choices";
import { useGridSelection } from "./use-grid-selection";
import { useGridUrl } from "./use-grid-url";
import { useNarrowScreen } from "./use-narrow-screen";

export type { TDataGridRow } from "@/lib/grid/types";
export type { TColumnPriorities } from "./column-priority";
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
  /**
   * Column id → 1 (key: always shown), 2 (from 768 px), 3 (from 1280 px, the default), 4 (from
   * 1536 px); with it the grid gets a column chooser and a sticky first column. Without it every
   * column shows at every width.
   */
  priorities?: TColumnPriorities;
  /** Long free-text columns, clamped to two lines with the full text on hover. */
  longColumns?: string[];
  /** Names the grid's stored column choices; defaults to the caption. */
  gridId?: string;
};

export function DataGrid(props: TDataGridProps) {
  const {
    columns,
    rows,
    total,
    state,
    prefix = "",
    caption,
    selection,
    grouping,
    renderCell,
    exportHref,
  } = props;
  const { priorities, longColumns, gridId = caption } = props;
  const t = useTranslations("grid");
  const rowsId = useId();
  const narrow = useNarrowScreen();
  const user = useGridUser();
  const columnChoices = useColumnChoices(`portal.grid-columns.${user}.${gridId}`);
  const cellClass = makeCellClass(columns, priorities, columnChoices.choices, Boolean(selection));
  const { update, pending, searchParams } = useGridUrl(prefix);
  // Hooks cannot be conditional: without a `selection` prop the selection is read but never shown.
  const selected = useGridSelection(selection?.storageKey ?? "");
  const onSelectionChange = selection?.onChange;
  useEffect(() => {
    onSelectionChange?.(selected.ids);
  }, [selected.ids, onSelectionChange]);

  const group = grouping ? parseGroup(Object.fromEntries(searchParams), columns, prefix) : null;
  const hasFilters = Object.keys(state.filters).length > 0;

  const renderSelectCell = selection
    ? (row: TDataGridRow) => <RowSelectCheckbox row={row} selection={selected} />
    : undefined;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <div className="flex flex-wrap items-center justify-end gap-3">
        <a
          href={`#${rowsId}`}
          className="sr-only focus:not-sr-only focus:rounded focus:bg-white focus:px-2 focus:py-1 focus:text-sm"
        >
          {t("skipToRows")}
        </a>
        {hasFilters ? (
          <button
            type="button"
            onClick={() => update({ clearFilters: true })}
            className="rounded px-2 py-1 text-sm text-brand-700 underline hover:bg-brand-50"
          >
            {t("clearFilters")}
          </button>
        ) : null}
        {priorities && !narrow ? (
          <GridColumnChooser
            columns={columns}
            priorities={priorities}
            choices={columnChoices.choices}
            onChoose={columnChoices.choose}
            onReset={columnChoices.reset}
          />
        ) : null}
        {exportHref ? (
          <a
            href={exportHref}
            className="rounded border border-brand-600 px-3 py-1 text-sm text-brand-700 hover:bg-brand-50"
          >
            {t("exportCsv")}
          </a>
        ) : null}
      </div>
      {grouping && !narrow ? (
        <GridGroupBar columns={columns} group={group} onGroup={(id) => update({ group: id })} />
      ) : null}
      {selection ? <SelectionBar selection={selected} allIdsHref={selection.allIdsHref} /> : null}
      {narrow ? (
        <>
          <GridCardControls
            columns={columns}
            sort={state.sort}
            filters={state.filters}
            onSort={(sort) => update({ sort })}
            onFilter={(id, text) => update({ filter: { id, text } })}
          />
          <GridCards
            id={rowsId}
            columns={columns}
            rows={rows}
            priorities={priorities}
            caption={caption}
            renderCell={renderCell}
            renderSelectCell={renderSelectCell}
          />
          {rows.length === 0 ? (
            <p className="px-3 py-6 text-center text-sm text-slate-600">{t("noRows")}</p>
          ) : null}
        </>
      ) : (
        // Note: `relative` keeps the cells' screen-reader text (absolutely positioned) inside this
        // scroll box; without it that text is placed against the page and widens it.
        <div className="relative overflow-x-auto rounded border border-slate-300">
          <table
            aria-busy={pending}
            className={`w-full border-collapse bg-white ${pending ? "opacity-60" : ""}`}
          >
            <caption className="sr-only">{caption}</caption>
            <GridHeader
              columns={columns}
              sort={state.sort}
              filters={state.filters}
              draggable={Boolean(grouping)}
              selectionHeader={
                selection ? <PageSelectCheckbox rows={rows} selection={selected} /> : undefined
              }
              cellClass={cellClass}
              stickySelect={Boolean(priorities)}
              onSort={(id) => update({ sort: nextSort(state.sort, id) })}
              onFilter={(id, text) => update({ filter: { id, text } })}
            />
            <GridBody
              id={rowsId}
              columns={columns}
              rows={rows}
              group={group}
              renderCell={renderCell}
              renderSelectCell={renderSelectCell}
              cellClass={cellClass}
              stickySelect={Boolean(priorities)}
              longColumns={longColumns}
            />
          </table>
          {rows.length === 0 ? (
            <p className="px-3 py-6 text-center text-sm text-slate-600">{t("noRows")}</p>
          ) : null}
        </div>
      )}
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
