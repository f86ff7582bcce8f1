import type { TGridColumn } from "@/lib/grid/types";

// Column specs of the staff grids, labelled by the page (the queries only need ids and types).
export type TLabel = (id: string) => string;
export const idLabel: TLabel = (id) => id;

type TSpec = Omit<TGridColumn, "label">;
export function labelled(specs: TSpec[], label: TLabel): TGridColumn[] {
  return specs.map((spec) => ({ ...spec, label: label(spec.id) }));
}
