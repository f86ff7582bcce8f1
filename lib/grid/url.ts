// Applies one grid change (page, size, sort, filter, group) to the current URL's search params.
import { gridKeys, normalizeFilterText } from "./params";
import type { TGridSort } from "./types";

export type TGridPatch = {
  page?: number;
  size?: number;
  sort?: TGridSort | null;
  filter?: { id: string; text: string };
  clearFilters?: boolean;
  group?: string | null;
};

/** Keeps every other param (other grids, tabs); a new filter, sort or size goes back to page 1. */
export function applyGridPatch(
  current: URLSearchParams | string,
  patch: TGridPatch,
  prefix = "",
): URLSearchParams {
  const keys = gridKeys(prefix);
  const params = new URLSearchParams(current);
  const setOrDelete = (key: string, value: string | null) =>
    value ? params.set(key, value) : params.delete(key);

  if (patch.clearFilters) {
    for (const key of [...params.keys()]) if (key.startsWith(keys.filterPrefix)) params.delete(key);
  }
  if (patch.filter) setOrDelete(keys.filter(patch.filter.id), normalizeFilterText(patch.filter.text));
  if (patch.sort !== undefined)
    setOrDelete(keys.sort, patch.sort ? `${patch.sort.id}.${patch.sort.dir}` : null);
  if (patch.size !== undefined) params.set(keys.size, String(patch.size));
  if (patch.group !== undefined) setOrDelete(keys.group, patch.group);

  const resetsPage =
    patch.clearFilters || patch.filter || patch.sort !== undefined || patch.size !== undefined;
  if (patch.page !== undefined) setOrDelete(keys.page, patch.page > 1 ? String(patch.page) : null);
  else if (resetsPage) params.delete(keys.page);
  return params;
}

/** The sort after a click on a column header: asc first, then it flips. */
export function nextSort(current: TGridSort | null, columnId: string): TGridSort {
  if (current?.id === columnId && current.dir === "asc") return { id: columnId, dir: "desc" };
  return { id: columnId, dir: "asc" };
}
