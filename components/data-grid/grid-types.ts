// Props shared by the data grid's parts.
import type { ReactNode } from "react";

/** Cells must be serializable (string, number, boolean, Date, null; money as a decimal string) or server-rendered elements. */
export type TDataGridRow = {
  id: string;
  cells: Record<string, unknown>;
  disabled?: boolean;
  disabledReason?: string;
  /** Column id → link target: the cell's text becomes a link (RMA number, PDF). */
  href?: Record<string, string>;
};

export type TRenderCell = (columnId: string, row: TDataGridRow) => ReactNode;

export type TGridSelectionProps = { storageKey: string; onChange?: (ids: string[]) => void; allIdsHref?: string };

export const GRID_COLUMN_DRAG_TYPE = "application/x-grid-column";
