// The page's rows grouped by one column, for the grid's "group by" (a plain reduce: the rows are
// one page, already sorted by the server, so the browser needs no table library for this).
import type { TDataGridRow } from "./types";

export type TRowGroup = { key: string; value: unknown; rows: TDataGridRow[] };

/**
 * Rows with the same value in `columnId` form one group; groups come in the order of their first
 * row and keep the rows' order. Dates group by their instant, objects by their text, and an empty
 * cell (null or undefined) is a group of its own. `key` names the group (stable across renders).
 */
export function groupRows(rows: TDataGridRow[], columnId: string): TRowGroup[] {
  const groups = new Map<string, TRowGroup>();
  for (const row of rows) {
    const value = row.cells[columnId];
    const key = groupKey(value);
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else groups.set(key, { key, value, rows: [row] });
  }
  return [...groups.values()];
}

function groupKey(value: unknown): string {
  if (value === null || value === undefined) return "empty";
  if (value instanceof Date) return `date:${value.toISOString()}`;
  return `${typeof value}:${String(value)}`;
}
