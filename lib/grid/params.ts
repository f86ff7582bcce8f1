// Grid state <-> URL search params: page, size, sort=<id>.<dir>, f.<id>=text, group=<id>.
import { isFilterable, isSortable, type TGridColumn, type TGridSort, type TGridState } from "./types";

export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_FILTER_LENGTH = 100;
// Note: caps `skip` so a hand-typed page number cannot ask the database for an absurd offset.
const MAX_PAGE = 100_000;

export type TSearchParams = Record<string, string | string[] | undefined>;
export type TGridDefaults = { sort?: TGridSort; pageSize?: number; prefix?: string };

export const gridKeys = (prefix = "") => ({
  page: `${prefix}page`,
  size: `${prefix}size`,
  sort: `${prefix}sort`,
  group: `${prefix}group`,
  filterPrefix: `${prefix}f.`,
  filter: (columnId: string) => `${prefix}f.${columnId}`,
});

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function isPageSize(value: number): boolean {
  return (PAGE_SIZES as readonly number[]).includes(value);
}

/** Filter text as the database gets it: control characters (PostgreSQL text can't hold NUL) dropped, trimmed, cut. */
export function normalizeFilterText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, MAX_FILTER_LENGTH)
    .trim();
}

export function parseSort(value: string | undefined, columns: TGridColumn[]): TGridSort | null {
  if (!value) return null;
  const dot = value.lastIndexOf(".");
  const id = value.slice(0, dot);
  const dir = value.slice(dot + 1);
  if (dot < 1 || (dir !== "asc" && dir !== "desc")) return null;
  const column = columns.find((c) => c.id === id);
  return column && isSortable(column) ? { id, dir } : null;
}

export function parseGridState(
  searchParams: TSearchParams,
  columns: TGridColumn[],
  defaults: TGridDefaults = {},
): TGridState {
  const keys = gridKeys(defaults.prefix);
  const defaultSize =
    defaults.pageSize && isPageSize(defaults.pageSize) ? defaults.pageSize : DEFAULT_PAGE_SIZE;

  const pageText = first(searchParams[keys.page]) ?? "";
  const page = /^\d{1,6}$/.test(pageText) ? Math.min(Math.max(Number(pageText), 1), MAX_PAGE) : 1;
  const sizeText = first(searchParams[keys.size]) ?? "";
  const pageSize =
    /^\d{1,3}$/.test(sizeText) && isPageSize(Number(sizeText)) ? Number(sizeText) : defaultSize;
  const sort = parseSort(first(searchParams[keys.sort]), columns) ?? defaults.sort ?? null;

  const filters: Record<string, string> = {};
  for (const column of columns) {
    const raw = first(searchParams[keys.filter(column.id)]);
    if (!isFilterable(column) || typeof raw !== "string") continue;
    const text = normalizeFilterText(raw);
    if (text) filters[column.id] = text;
  }
  return { page, pageSize, sort, filters };
}

/** The grouping column of the URL, if it is one of the grid's columns. */
export function parseGroup(searchParams: TSearchParams, columns: TGridColumn[], prefix = ""): string | null {
  const id = first(searchParams[gridKeys(prefix).group]);
  return id && columns.some((c) => c.id === id) ? id : null;
}

/** The URL keys of a state; page 1 is left out. The size stays explicit: a grid may default to another. */
export function gridStateToSearchParams(state: TGridState, prefix = ""): URLSearchParams {
  const keys = gridKeys(prefix);
  const params = new URLSearchParams();
  if (state.page > 1) params.set(keys.page, String(state.page));
  params.set(keys.size, String(state.pageSize));
  if (state.sort) params.set(keys.sort, `${state.sort.id}.${state.sort.dir}`);
  for (const [id, text] of Object.entries(state.filters)) {
    if (text) params.set(keys.filter(id), text);
  }
  return params;
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** skip/take of the state's page, for `findMany`. */
export function toSkipTake(state: TGridState): { skip: number; take: number } {
  return { skip: (state.page - 1) * state.pageSize, take: state.pageSize };
}
