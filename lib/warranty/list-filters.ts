import type { Prisma } from "@/lib/db/generated/client";
import { toPrismaOrderBy, toPrismaWhere } from "@/lib/grid/filters";
import type { TGridColumn, TGridSort } from "@/lib/grid/types";

// The warranty status grid (SPEC §3.2): its columns, and its search boxes and sorting as one
// Prisma query scoped to the dealer's company. Status is searched by its translated label.
export const CLAIM_STATUSES = ["RECEIVED", "IN_TREATMENT", "AWARDED", "REFUSED"] as const;
export type TClaimStatus = (typeof CLAIM_STATUSES)[number];
export type TStatusLabels = Record<TClaimStatus, string>;

export const CLAIM_COLUMN_IDS = [
  "number",
  "submittedAt",
  "handledAt",
  "status",
  "articleNumber",
  "goodsReceived",
  "remark",
  "claimPdf",
  "reaction",
  "attachments",
] as const;
export type TClaimColumnId = (typeof CLAIM_COLUMN_IDS)[number];
export const DEFAULT_CLAIM_SORT: TGridSort = { id: "submittedAt", dir: "desc" };

const TYPES: Partial<Record<TClaimColumnId, TGridColumn["type"]>> = {
  submittedAt: "date",
  handledAt: "date",
  goodsReceived: "flag",
  attachments: "number",
};
const FIXED = new Set<TClaimColumnId>(["claimPdf", "reaction", "attachments"]);
const FIELDS = { submittedAt: "createdAt" };

export function claimColumns(
  label: (id: TClaimColumnId) => string,
  statusLabels: TStatusLabels,
): TGridColumn[] {
  return CLAIM_COLUMN_IDS.map((id) => ({
    id,
    label: label(id),
    type: TYPES[id] ?? "text",
    ...(FIXED.has(id) ? { sortable: false, filterable: false } : {}),
    ...(id === "attachments" ? { align: "right" as const } : {}),
    ...(id === "status"
      ? { options: CLAIM_STATUSES.map((value) => ({ value, label: statusLabels[value] })) }
      : {}),
  }));
}

export function claimWhere(
  customerId: number,
  columns: TGridColumn[],
  filters: Record<string, string>,
): Prisma.WarrantyClaimWhereInput {
  return {
    AND: [{ customerId }, ...toPrismaWhere<Prisma.WarrantyClaimWhereInput>(columns, filters, FIELDS).AND],
  };
}

export function claimOrderBy(sort: TGridSort | null): Prisma.WarrantyClaimOrderByWithRelationInput[] {
  return toPrismaOrderBy<Prisma.WarrantyClaimOrderByWithRelationInput>(sort ?? DEFAULT_CLAIM_SORT, FIELDS, {
    id: "desc",
  });
}
