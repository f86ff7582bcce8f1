"use client";
// Row selection UI: per-row and per-page checkboxes, and the bar with count, "select all" and clear.
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { addIds, readIdsResponse, setPageSelection } from "@/lib/grid/selection";
import type { TDataGridRow } from "@/lib/grid/types";

type TSelection = {
  ids: string[];
  set: (ids: string[]) => void;
  toggle: (id: string) => void;
  clear: () => void;
};

export function PageSelectCheckbox({ rows, selection }: { rows: TDataGridRow[]; selection: TSelection }) {
  const t = useTranslations("grid");
  const ref = useRef<HTMLInputElement>(null);
  const pageIds = rows.filter((row) => !row.disabled).map((row) => row.id);
  const selectedOnPage = pageIds.filter((id) => selection.ids.includes(id)).length;
  const all = pageIds.length > 0 && selectedOnPage === pageIds.length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = selectedOnPage > 0 && !all;
  }, [selectedOnPage, all]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={t("selectPage")}
      checked={all}
      disabled={pageIds.length === 0}
      onChange={(event) => selection.set(setPageSelection(selection.ids, pageIds, event.target.checked))}
      className="size-4 accent-brand-600"
    />
  );
}

export function RowSelectCheckbox({ row, selection }: { row: TDataGridRow; selection: TSelection }) {
  const t = useTranslations("grid");
  const reasonId = `grid-row-reason-${row.id}`;
  return (
    <>
      <input
        type="checkbox"
        aria-label={t("selectRow")}
        aria-describedby={row.disabled ? reasonId : undefined}
        title={row.disabled ? (row.disabledReason ?? t("notSelectable")) : undefined}
        checked={!row.disabled && selection.ids.includes(row.id)}
        disabled={row.disabled}
        onChange={() => selection.toggle(row.id)}
        className="size-4 accent-brand-600 disabled:cursor-not-allowed"
      />
      {row.disabled ? (
        <span id={reasonId} className="sr-only">
          {row.disabledReason ?? t("notSelectable")}
        </span>
      ) : null}
    </>
  );
}

export function SelectionBar({ selection, allIdsHref }: { selection: TSelection; allIdsHref?: string }) {
  const t = useTranslations("grid");
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);

  async function selectAllFiltered(href: string) {
    setLoading(true);
    setFailed(false);
    try {
      const response = await fetch(href, { headers: { Accept: "application/json" }, cache: "no-store" });
      const ids = response.ok ? readIdsResponse(await response.json()) : null;
      if (ids) selection.set(addIds(selection.ids, ids));
      else setFailed(true);
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3 py-2 text-sm">
      <p aria-live="polite" className="font-medium">
        {t("selectedCount", { count: selection.ids.length })}
      </p>
      {allIdsHref ? (
        <button
          type="button"
          disabled={loading}
          aria-busy={loading}
          onClick={() => selectAllFiltered(allIdsHref)}
          className="rounded px-2 py-1 text-brand-700 underline hover:bg-brand-50 disabled:text-slate-400"
        >
          {t("selectAllFiltered")}
        </button>
      ) : null}
      <button
        type="button"
        disabled={selection.ids.length === 0}
        onClick={selection.clear}
        className="rounded px-2 py-1 text-brand-700 underline hover:bg-brand-50 disabled:text-slate-400 disabled:no-underline"
      >
        {t("clearSelection")}
      </button>
      {failed ? (
        <p role="alert" className="text-red-700">
          {t("selectAllFailed")}
        </p>
      ) : null}
    </div>
  );
}
