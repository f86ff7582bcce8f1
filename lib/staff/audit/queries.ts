import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { toPrismaOrderBy, toPrismaWhere } from "@/lib/grid/filters";
import { keysetQueryBatches } from "@/lib/grid/keyset";
import { toSkipTake } from "@/lib/grid/params";
import type { TGridColumn, TGridState } from "@/lib/grid/types";
import { CSV_MAX_ROWS, columnSpecs, idLabel, labelled, type TColumnId, type TLabel } from "../grid";
import { actionLabel, auditChanges, changesText, roleLabel, type TAuditWords, type TChange } from "./changes";

// The audit trail in business terms: the record by its number (IRM…, MAS…), the action and
// the changed fields in the reader's language. Filters (customer, user, role, action, number,
// period) are the grid's column filters, so they live in the URL.
const AUDIT_COLUMNS = columnSpecs([
  { id: "createdAt", type: "date" },
  { id: "actor", type: "text" },
  { id: "actorRole", type: "text" },
  { id: "customer", type: "text" },
  { id: "action", type: "text" },
  { id: "record", type: "text" },
  { id: "changes", type: "text", sortable: false, filterable: false },
]);
const ROLES = ["DEALER", "STAFF", "ERP", "SYSTEM"] as const;
export const auditColumns = (
  label: TLabel<TColumnId<typeof AUDIT_COLUMNS>> = idLabel,
  role: TLabel<(typeof ROLES)[number]> = idLabel,
): TGridColumn[] => {
  const options = ROLES.map((r) => ({ value: r, label: role(r) }));
  return labelled(
    AUDIT_COLUMNS.map((spec) => (spec.id === "actorRole" ? { ...spec, options } : spec)),
    label,
  );
};
const FIELDS = { actor: "actor.email", customer: "customer.erpNumber", record: "recordNumber" };

const SELECT = {
  id: true,
  createdAt: true,
  action: true,
  objectType: true,
  objectId: true,
  recordNumber: true,
  actorRole: true,
  before: true,
  after: true,
  actor: { select: { name: true, email: true } },
  actorErpToken: { select: { name: true } },
  customer: { select: { erpNumber: true, name: true } },
} satisfies Prisma.AuditEntrySelect;
type TAuditRow = Prisma.AuditEntryGetPayload<{ select: typeof SELECT }>;

const auditOrderBy = (state: TGridState) =>
  toPrismaOrderBy<Prisma.AuditEntryOrderByWithRelationInput>(
    state.sort ?? { id: "createdAt", dir: "desc" },
    FIELDS,
    { id: "desc" },
  );

/** The audit trail, newest first (dealer, staff and ERP changes alike), filtered by its columns. */
export async function listAuditEntries(state: TGridState, columns: TGridColumn[] = auditColumns()) {
  const where = toPrismaWhere<Prisma.AuditEntryWhereInput>(columns, state.filters, FIELDS);
  const [rows, total] = await Promise.all([
    db.auditEntry.findMany({ where, orderBy: auditOrderBy(state), ...toSkipTake(state), select: SELECT }),
    db.auditEntry.count({ where }),
  ]);
  return { rows, total };
}

// An entry may have no user (the ERP, the system), no customer and no record number.
const NULLABLE_KEYS = ["actor.email", "customer.erpNumber", "recordNumber"];

/** The same entries, every page (capped), in keyset batches: the CSV. */
export function auditEntryBatches(state: TGridState, columns: TGridColumn[], batchSize?: number) {
  const where = toPrismaWhere<Prisma.AuditEntryWhereInput>(columns, state.filters, FIELDS);
  const orderBy = auditOrderBy(state);
  return keysetQueryBatches(
    { where, orderBy },
    (where, take) => db.auditEntry.findMany({ where, orderBy, take, select: SELECT }),
    { batchSize, limit: CSV_MAX_ROWS, nullable: NULLABLE_KEYS },
  );
}

/** The timeline of one record (an RMA's, a claim's entries by number) or of one customer, newest first. */
export async function listAuditTimeline(
  scope: { recordNumber: string } | { customerId: number },
  take = 100,
) {
  return db.auditEntry.findMany({
    where: scope,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: SELECT,
  });
}

export type TReadableAuditEntry = {
  id: number;
  createdAt: Date;
  actor: string;
  actorRole: string;
  customer: string;
  action: string;
  record: string;
  changes: TChange[];
};

/** An entry as staff read it (shared by the grid, its CSV and the timelines). */
export function readableAuditEntry(e: TAuditRow, words: TAuditWords): TReadableAuditEntry {
  return {
    id: e.id,
    createdAt: e.createdAt,
    actor: e.actor ? `${e.actor.name} <${e.actor.email}>` : e.actorErpToken ? e.actorErpToken.name : "–",
    actorRole: e.actorRole,
    customer: e.customer ? `${e.customer.erpNumber} ${e.customer.name}` : "",
    action: actionLabel(e.action, words),
    record: e.recordNumber ?? "",
    changes: auditChanges(e.before, e.after, words),
  };
}

export { changesText, roleLabel };
