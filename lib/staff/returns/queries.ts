import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { toPrismaOrderBy, toPrismaWhere } from "@/lib/grid/filters";
import { keysetQueryBatches, mapBatches } from "@/lib/grid/keyset";
import { toSkipTake } from "@/lib/grid/params";
import type { TGridState } from "@/lib/grid/types";
import { CSV_MAX_ROWS, columnSpecs, idLabel, labelled, type TColumnId, type TLabel } from "../grid";

export const AGE_FILTERS = ["0-7", "8-30", "30+"] as const;
export type TAgeFilter = (typeof AGE_FILTERS)[number];
const DAY = 86_400_000;

/** createdAt bounds of an age bucket in days (0–7, 8–30, over 30). */
export function createdAtForAge(age: TAgeFilter | null, now = new Date()): Prisma.DateTimeFilter | undefined {
  const daysAgo = (d: number) => new Date(now.getTime() - d * DAY);
  if (age === "0-7") return { gt: daysAgo(8) };
  if (age === "8-30") return { lte: daysAgo(8), gt: daysAgo(31) };
  if (age === "30+") return { lte: daysAgo(31) };
  return undefined;
}

const RMA_QUEUE_COLUMNS = columnSpecs([
  { id: "number", type: "text" },
  { id: "createdAt", type: "date" },
  { id: "customerNumber", type: "text" },
  { id: "customerName", type: "text" },
  { id: "lineCount", type: "number", sortable: false, filterable: false, align: "right" },
  { id: "expectedCount", type: "number", sortable: false, filterable: false, align: "right" },
]);
export const rmaQueueColumns = (label: TLabel<TColumnId<typeof RMA_QUEUE_COLUMNS>> = idLabel) =>
  labelled(RMA_QUEUE_COLUMNS, label);
const FIELDS = { customerNumber: "customer.erpNumber", customerName: "customer.name" };

const RMA_SELECT = {
  id: true,
  number: true,
  createdAt: true,
  customer: { select: { erpNumber: true, name: true } },
  lines: { select: { status: true } },
} satisfies Prisma.RmaSelect;
type TRma = Prisma.RmaGetPayload<{ select: typeof RMA_SELECT }>;

function openRmasWhere(state: TGridState, age: TAgeFilter | null): Prisma.RmaWhereInput {
  return {
    status: "OPEN",
    createdAt: createdAtForAge(age),
    ...toPrismaWhere<Prisma.RmaWhereInput>(rmaQueueColumns(), state.filters, FIELDS),
  };
}
const openRmasOrderBy = (state: TGridState) =>
  toPrismaOrderBy<Prisma.RmaOrderByWithRelationInput>(state.sort ?? { id: "createdAt", dir: "asc" }, FIELDS, {
    id: "asc",
  });
const toRow = ({ lines, customer, ...r }: TRma) => ({
  ...r,
  customerNumber: customer.erpNumber,
  customerName: customer.name,
  lineCount: lines.length,
  expectedCount: lines.filter((l) => l.status === "EXPECTED").length,
});

/** Open RMAs, oldest first unless sorted otherwise. */
export async function listOpenRmas(state: TGridState, age: TAgeFilter | null) {
  const where = openRmasWhere(state, age);
  const [rows, total] = await Promise.all([
    db.rma.findMany({ where, orderBy: openRmasOrderBy(state), ...toSkipTake(state), select: RMA_SELECT }),
    db.rma.count({ where }),
  ]);
  return { rows: rows.map(toRow), total };
}

/** The same RMAs, every page (capped), in keyset batches: the CSV. */
export function openRmaBatches(state: TGridState, age: TAgeFilter | null, batchSize?: number) {
  const where = openRmasWhere(state, age);
  const orderBy = openRmasOrderBy(state);
  const rmas = keysetQueryBatches(
    { where, orderBy },
    (where, take) => db.rma.findMany({ where, orderBy, take, select: RMA_SELECT }),
    { batchSize, limit: CSV_MAX_ROWS },
  );
  return mapBatches(rmas, toRow);
}

export async function getRmaForStaff(rmaId: number) {
  const rma = await db.rma.findUnique({
    where: { id: rmaId },
    select: {
      id: true,
      number: true,
      status: true,
      reference: true,
      remarks: true,
      createdAt: true,
      closedAt: true,
      parcelCount: true,
      customer: { select: { id: true, erpNumber: true, name: true } },
      createdBy: { select: { name: true, email: true } },
      lines: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          quantityExpected: true,
          quantityReceived: true,
          receivedAt: true,
          status: true,
          rejectionReason: true,
          remark: true,
          reason: { select: { labelNl: true, labelFr: true, labelEn: true, labelDe: true } },
          deliveredLine: { select: { articleNumber: true, articleName: true, salesOrderNumber: true } },
          photos: { orderBy: { id: "asc" }, select: { id: true, fileName: true, contentType: true } },
        },
      },
      creditNotes: {
        orderBy: { id: "asc" },
        select: { id: true, number: true, amount: true, invoiceDate: true, documentId: true },
      },
    },
  });
  return rma && { ...rma, creditNotes: rma.creditNotes.map((c) => ({ ...c, amount: c.amount.toFixed(2) })) };
}
