"use client";
// The card view's search and sort (the table's header row does both on wider screens).
import { useTranslations } from "next-intl";
import { useId } from "react";
import { isFilterable, isSortable, type TGridColumn, type TGridSort } from "@/lib/grid/types";
import { GridFilterInput } from "./grid-filter-input";

type TProps = {
  columns: TGridColumn[];
  sort: TGridSort | null;
  filters: Record<string, string>;
  onSort: (sort: TGridSort | null) => void;
  onFilter: (columnId: string, text: string) => void;
};

export function GridCardControls({ columns, sort, filters, onSort, onFilter }: TProps) {
  const t = useTranslations("grid");
  const sortId = useId();
  const active = Object.keys(filters).length;
  return (
    <details
      className="rounded border border-slate-300 bg-white p-2 text-sm"
      open={active > 0 ? true : undefined}
    >
      <summary className="cursor-pointer font-medium text-brand-700">{t("searchAndSort")}</summary>
      <div className="mt-2 flex flex-col gap-2">
        <label htmlFor={sortId} className="flex flex-col gap-1">
          <span>{t("sortLabel")}</span>
          <select
            id={sortId}
            value={sort ? `${sort.id}.${sort.dir}` : ""}
            onChange={(event) => {
              const [id, dir] = event.target.value.split(".");
              onSort(id && (dir === "asc" || dir === "desc") ? { id, dir } : null);
            }}
            className="rounded border border-slate-400 bg-white px-2 py-1"
          >
            <option value="">{t("sortDefault")}</option>
            {columns.filter(isSortable).flatMap((c) => [
              <option key={`${c.id}.asc`} value={`${c.id}.asc`}>
                {t("sortAsc", { column: c.label })}
              </option>,
              <option key={`${c.id}.desc`} value={`${c.id}.desc`}>
                {t("sortDesc", { column: c.label })}
              </option>,
            ])}
          </select>
        </label>
        {columns.filter(isFilterable).map((column) => (
          <div key={column.id} className="flex flex-col gap-1">
            <span aria-hidden="true">{column.label}</span>
            <GridFilterInput
              column={column}
              value={filters[column.id] ?? ""}
              onFilter={(text) => onFilter(column.id, text)}
            />
          </div>
        ))}
      </div>
    </details>
  );
}
