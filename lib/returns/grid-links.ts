import type { TSearchParams } from "@/lib/grid/params";

// The current filter and sort of a grid's URL, for its CSV export and "select all" links.
export function filterQuery(searchParams: TSearchParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    const text = Array.isArray(value) ? value[0] : value;
    if (text !== undefined && (key.startsWith("f.") || key === "sort")) params.set(key, text);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The line ids of the confirmation URL (`?lines=1,2,3`): positive integers, unique, capped. */
export function parseLineIds(value: string | string[] | undefined, max = 500): number[] {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text) return [];
  const ids = text
    .split(",")
    .filter((part) => /^\d{1,9}$/.test(part))
    .map(Number)
    .filter((id) => id > 0);
  return [...new Set(ids)].slice(0, max);
}

export const HISTORY_SELECTION_KEY = "returns.new.selection";
export const DEFAULT_HISTORY_SORT = { id: "deliveryDate", dir: "desc" } as const;
export const DEFAULT_STATUS_SORT = { id: "rmaDate", dir: "desc" } as const;
