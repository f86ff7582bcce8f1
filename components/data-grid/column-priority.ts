// Which columns a grid shows at which width. A grid lists its column priorities: 1 = key column
// (the identifier, the decisive figure, the status or date), always shown; 2 from 768 px; 3 from
// 1280 px; 4 from 1536 px. The dealer's column chooser overrides 2–4 either way.
import type { TGridColumn } from "@/lib/grid/types";

export type TColumnPriority = 1 | 2 | 3 | 4;
export type TColumnPriorities = Record<string, TColumnPriority>;
/** The dealer's choices: column id → shown (true) or hidden (false); absent = by width. */
export type TColumnChoices = Record<string, boolean>;

// Note: full class names, so Tailwind finds them in this file (defined in app/globals.css).
const BY_WIDTH: Record<TColumnPriority, string> = {
  1: "",
  2: "grid-from-md",
  3: "grid-from-xl",
  4: "grid-from-2xl",
};

/** Without priorities (staff grids) every column is a key column. */
export function columnPriority(priorities: TColumnPriorities | undefined, id: string): TColumnPriority {
  if (!priorities) return 1;
  return priorities[id] ?? 3;
}

/** The display class of a column's header, search box and cells. */
export function columnDisplayClass(priority: TColumnPriority, choice: boolean | undefined): string {
  if (priority === 1) return "";
  if (choice === true) return "table-cell";
  if (choice === false) return "hidden";
  return BY_WIDTH[priority];
}

export function keyColumns(columns: TGridColumn[], priorities: TColumnPriorities | undefined): TGridColumn[] {
  return columns.filter((column) => columnPriority(priorities, column.id) === 1);
}

/** Choices as stored (JSON); anything unreadable counts as no choice. */
export function parseColumnChoices(raw: string | null): TColumnChoices {
  if (!raw) return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== "object" || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter(([, shown]) => typeof shown === "boolean"),
    ) as TColumnChoices;
  } catch {
    return {};
  }
}
