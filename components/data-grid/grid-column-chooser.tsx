"use client";
// "Kolommen": the dealer shows or hides the grid's non-key columns; kept per user (use-column-choices).
import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import type { TGridColumn } from "@/lib/grid/types";
import {
  columnPriority,
  type TColumnChoices,
  type TColumnPriorities,
  type TColumnPriority,
} from "./column-priority";

// The smallest width at which a priority's columns show without a choice (column-priority.ts).
const SHOWN_FROM: Record<TColumnPriority, number> = { 1: 0, 2: 768, 3: 1280, 4: 1536 };

function subscribeResize(listener: () => void) {
  window.addEventListener("resize", listener);
  return () => window.removeEventListener("resize", listener);
}

type TProps = {
  columns: TGridColumn[];
  priorities: TColumnPriorities;
  choices: TColumnChoices;
  onChoose: (id: string, shown: boolean) => void;
  onReset: () => void;
};

export function GridColumnChooser({ columns, priorities, choices, onChoose, onReset }: TProps) {
  const t = useTranslations("grid");
  const width = useSyncExternalStore(
    subscribeResize,
    () => window.innerWidth,
    () => 1280,
  );
  const optional = columns.filter((column) => columnPriority(priorities, column.id) > 1);
  if (optional.length === 0) return null;
  return (
    <details className="relative text-sm">
      <summary className="cursor-pointer rounded border border-slate-400 bg-white px-3 py-1 text-brand-700 hover:bg-brand-50">
        {t("columns")}
      </summary>
      <div className="absolute right-0 z-20 mt-1 flex w-64 max-w-[80vw] flex-col gap-1 rounded border border-slate-300 bg-white p-3 shadow-lg">
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 font-medium">{t("columnsLegend")}</legend>
          {optional.map((column) => {
            const shown = choices[column.id] ?? width >= SHOWN_FROM[columnPriority(priorities, column.id)];
            return (
              <label key={column.id} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={shown}
                  onChange={(event) => onChoose(column.id, event.target.checked)}
                  className="size-4 accent-brand-600"
                />
                {column.label}
              </label>
            );
          })}
        </fieldset>
        <button
          type="button"
          onClick={onReset}
          className="mt-2 self-start rounded px-1 text-brand-700 underline hover:bg-brand-50"
        >
          {t("columnsReset")}
        </button>
      </div>
    </details>
  );
}
