import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { toPrismaOrderBy, toPrismaWhere } from "@/lib/grid/filters";
import { toSkipTake } from "@/lib/grid/params";
import type { TGridState } from "@/lib/grid/types";
import { columnSpecs, idLabel, labelled, type TColumnId, type TLabel } from "../grid";

const AUDIT_COLUMNS = columnSpecs([
  { id: "createdAt", type: "date" },
  { id: "actor", type: "text" },
  { id: "actorRole", type: "text" },
  { id: "customer", type: "text" },
  { id: "action", type: "text" },
  { id: "objectType", type: "text" },
  { id: "objectId", type: "text" },
  { id: "before", type: "text", sortable: false, filterable: false },
  { id: "after", type: "text", sortable: false, filterable: false },
]);
export const auditColumns = (label: TLabel<TColumnId<typeof AUDIT_COLUMNS>> = idLabel) =>
  labelled(AUDIT_COLUMNS, label);
const FIELDS = { actor: "actor.email", customer: "customer.erpNumber" };

/** The audit trail, newest first (dealer, staff and ERP changes alike); filter by customer, user, object. */
export async function listAuditEntries(state: TGridState) {
  const where = toPrismaWhere<Prisma.AuditEntryWhereInput>(auditColumns(), state.filters, FIELDS);
  const [rows, total] = await Promise.all([
    db.auditEntry.findMany({
      where,
      orderBy: toPrismaOrderBy<Prisma.AuditEntryOrderByWithRelationInput>(
        state.sort ?? { id: "createdAt", dir: "desc" },
        FIELDS,
        { id: "desc" },
      ),
      ...toSkipTake(state),
      select: {
        id: true,
        createdAt: true,
        action: true,
        objectType: true,
        objectId: true,
        actorRole: true,
        before: true,
        after: true,
        actor: { select: { name: true, email: true } },
        customer: { select: { erpNumber: true, name: true } },
      },
    }),
    db.auditEntry.count({ where }),
  ]);
  return { rows, total };
}
