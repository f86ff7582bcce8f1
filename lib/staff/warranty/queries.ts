import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { toPrismaOrderBy, toPrismaWhere } from "@/lib/grid/filters";
import { keysetQueryBatches, mapBatches } from "@/lib/grid/keyset";
import { toSkipTake } from "@/lib/grid/params";
import type { TGridColumn, TGridState } from "@/lib/grid/types";
import { CLAIM_FIELDS } from "@/lib/warranty/queries";
import { CSV_MAX_ROWS, columnSpecs, idLabel, labelled, type TColumnId, type TLabel } from "../grid";
import { WARRANTY_STATUSES } from "./schema";

const CLAIM_QUEUE_COLUMNS = columnSpecs([
  { id: "number", type: "text" },
  { id: "createdAt", type: "date" },
  { id: "status", type: "text" },
  { id: "customerNumber", type: "text" },
  { id: "customerName", type: "text" },
  { id: "articleNumber", type: "text" },
  { id: "goodsReceived", type: "flag" },
  { id: "handledAt", type: "date" },
]);
type TStatus = (typeof WARRANTY_STATUSES)[number];
export const claimQueueColumns = (
  label: TLabel<TColumnId<typeof CLAIM_QUEUE_COLUMNS>> = idLabel,
  statusLabel: TLabel<TStatus> = idLabel,
) => {
  const options = WARRANTY_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }));
  const specs = CLAIM_QUEUE_COLUMNS.map((spec) => (spec.id === "status" ? { ...spec, options } : spec));
  return labelled(specs, label);
};
const FIELDS = { customerNumber: "customer.erpNumber", customerName: "customer.name" };

const CLAIM_SELECT = {
  id: true,
  number: true,
  status: true,
  createdAt: true,
  handledAt: true,
  articleNumber: true,
  goodsReceived: true,
  customer: { select: { erpNumber: true, name: true } },
} satisfies Prisma.WarrantyClaimSelect;
type TClaim = Prisma.WarrantyClaimGetPayload<{ select: typeof CLAIM_SELECT }>;

const claimsOrderBy = (state: TGridState) =>
  toPrismaOrderBy<Prisma.WarrantyClaimOrderByWithRelationInput>(
    state.sort ?? { id: "createdAt", dir: "asc" },
    FIELDS,
    { id: "asc" },
  );
const toRow = ({ customer, ...c }: TClaim) => ({
  ...c,
  customerNumber: customer.erpNumber,
  customerName: customer.name,
});

/** Claims (status searched by its label: pass the page's labelled columns), oldest first unless sorted otherwise. */
export async function listClaims(state: TGridState, columns: TGridColumn[] = claimQueueColumns()) {
  const where = toPrismaWhere<Prisma.WarrantyClaimWhereInput>(columns, state.filters, FIELDS);
  const [rows, total] = await Promise.all([
    db.warrantyClaim.findMany({
      where,
      orderBy: claimsOrderBy(state),
      ...toSkipTake(state),
      select: CLAIM_SELECT,
    }),
    db.warrantyClaim.count({ where }),
  ]);
  return { rows: rows.map(toRow), total };
}

/** The same claims, every page (capped), in keyset batches: the CSV. A claim not yet handled has no handledAt. */
export function claimBatches(state: TGridState, columns: TGridColumn[], batchSize?: number) {
  const where = toPrismaWhere<Prisma.WarrantyClaimWhereInput>(columns, state.filters, FIELDS);
  const orderBy = claimsOrderBy(state);
  const claims = keysetQueryBatches(
    { where, orderBy },
    (where, take) => db.warrantyClaim.findMany({ where, orderBy, take, select: CLAIM_SELECT }),
    { batchSize, limit: CSV_MAX_ROWS, nullable: ["handledAt"], enums: { status: WARRANTY_STATUSES } },
  );
  return mapBatches(claims, toRow);
}

export async function getClaimForStaff(claimId: number) {
  return db.warrantyClaim.findUnique({
    where: { id: claimId },
    select: {
      ...CLAIM_FIELDS,
      customer: { select: { id: true, erpNumber: true, name: true } },
      createdBy: { select: { name: true, email: true } },
      documents: {
        orderBy: { id: "asc" },
        select: { id: true, kind: true, source: true, fileName: true, createdAt: true },
      },
      events: {
        orderBy: { id: "asc" },
        select: { id: true, kind: true, status: true, message: true, byStaff: true, createdAt: true },
      },
    },
  });
}
