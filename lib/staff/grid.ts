import { gridStateToSearchParams } from "@/lib/grid/params";
import type { TGridColumn, TGridState } from "@/lib/grid/types";

// Column specs of the staff grids, labelled by the page (the queries only need ids and types).
// The ids are literal types, so a page's `(id) => t(`columns.${id}`)` is checked against its messages.
export type TLabel<Id extends string = string> = (id: Id) => string;
export const idLabel: TLabel = (id) => id;

type TSpec<Id extends string> = Omit<TGridColumn, "label" | "id"> & { id: Id };
/** A grid's column specs, keeping each id's literal type (TColumnId<typeof SPECS>). */
export const columnSpecs = <const Id extends string>(specs: TSpec<Id>[]) => specs;
export type TColumnId<S extends TSpec<string>[]> = S[number]["id"];

export function labelled<Id extends string>(specs: TSpec<Id>[], label: TLabel<Id>): TGridColumn[] {
  return specs.map((spec) => ({ ...spec, label: label(spec.id) }));
}

/** A CSV holds every row of the filter, not one page (capped, so one export can't take the server down). */
export const CSV_MAX_ROWS = 50_000;

/** "?f.x=…&sort=…" of the grid's current filter and sort, plus extra params (the queue's age), for its CSV link. */
export function exportQuery(state: TGridState, extra: Record<string, string | null> = {}): string {
  const params = gridStateToSearchParams(state);
  params.delete("page");
  params.delete("size");
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}
