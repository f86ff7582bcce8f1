// Props shared by the data grid's parts.
import type { ReactNode } from "react";
import type { TDataGridRow } from "@/lib/grid/types";

export type TRenderCell = (columnId: string, row: TDataGridRow) => ReactNode;

export type TGridSelectionProps = {
  storageKey: string;
  onChange?: (ids: string[]) => void;
  allIdsHref?: string;
};

export const GRID_COLUMN_DRAG_TYPE = "application/x-grid-column";
