// The class of each header, search box and cell: shown or hidden by width and choice, and the
// identifier column (with the select box before it) sticky when the rest of the row scrolls.
import { clsx } from "clsx";
import type { TGridColumn } from "@/lib/grid/types";
import {
  columnDisplayClass,
  columnPriority,
  type TColumnChoices,
  type TColumnPriorities,
} from "./column-priority";

export type TCellPart = "head" | "body";
export type TCellClass = (columnId: string, part: TCellPart) => string;

const BACKGROUND: Record<TCellPart, string> = { head: "bg-brand-50", body: "bg-white" };

export function makeCellClass(
  columns: TGridColumn[],
  priorities: TColumnPriorities | undefined,
  choices: TColumnChoices,
  hasSelection: boolean,
): TCellClass {
  const display = new Map(
    columns.map((c) => [c.id, columnDisplayClass(columnPriority(priorities, c.id), choices[c.id])]),
  );
  // Only grids that list priorities get a sticky identifier: their first column, when it is a key one.
  const first = columns[0]?.id;
  const stickyId = priorities && first && columnPriority(priorities, first) === 1 ? first : undefined;
  return (columnId, part) => {
    const shown = display.get(columnId) ?? "";
    if (columnId !== stickyId) return shown;
    return clsx(shown, "grid-sticky", hasSelection ? "left-10" : "left-0", BACKGROUND[part]);
  };
}

/** The select box column, sticky with the identifier. */
export function selectCellClass(part: TCellPart, sticky: boolean): string {
  return clsx("w-10 min-w-10 px-2", sticky && `sticky left-0 z-[1] ${BACKGROUND[part]}`);
}
