"use client";
// The group bar: drop a column header on it, or pick the column from a list (keyboard users).
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { TGridColumn } from "@/lib/grid/types";
import { GRID_COLUMN_DRAG_TYPE } from "./grid-types";

type TGridGroupBarProps = {
  columns: TGridColumn[];
  group: string | null;
  onGroup: (columnId: string | null) => void;
};

export function GridGroupBar({ columns, group, onGroup }: TGridGroupBarProps) {
  const t = useTranslations("grid");
  const selectId = useId();
  const [over, setOver] = useState(false);
  const groupColumn = columns.find((c) => c.id === group);
  const accepts = (types: readonly string[]) => types.includes(GRID_COLUMN_DRAG_TYPE);

  return (
    <div className="flex flex-wrap items-center gap-3 py-2">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop zone for dragged column headers; the keyboard groups through the column menu */}
      <div
        onDragOver={(event) => {
          if (!accepts(event.dataTransfer.types)) return;
          event.preventDefault();
          event.dataTransfer.dropEffect = "move";
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          const id = event.dataTransfer.getData(GRID_COLUMN_DRAG_TYPE);
          if (columns.some((c) => c.id === id)) onGroup(id);
        }}
        className={`flex min-h-10 flex-1 items-center gap-2 rounded border-2 border-dashed px-3 py-1 text-sm ${over ? "border-brand-600 bg-brand-100" : "border-slate-300 bg-slate-50"}`}
      >
        {groupColumn ? (
          <span className="inline-flex items-center gap-1 rounded bg-brand-600 py-0.5 pl-2 pr-1 text-white">
            {t("groupedBy", { column: groupColumn.label })}
            <button
              type="button"
              aria-label={t("removeGrouping", { column: groupColumn.label })}
              onClick={() => onGroup(null)}
              className="rounded px-1 hover:bg-brand-800"
            >
              <span aria-hidden="true">×</span>
            </button>
          </span>
        ) : (
          <span className="text-slate-600">{t("groupBarHint")}</span>
        )}
      </div>
      <label htmlFor={selectId} className="text-sm">
        {t("groupBy")}
      </label>
      <select
        id={selectId}
        value={group ?? ""}
        onChange={(event) => onGroup(event.target.value || null)}
        className="rounded border border-slate-400 bg-white px-2 py-1 text-sm"
      >
        <option value="">{t("noGrouping")}</option>
        {columns.map((column) => (
          <option key={column.id} value={column.id}>
            {column.label}
          </option>
        ))}
      </select>
    </div>
  );
}
