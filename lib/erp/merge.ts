import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { rowError, type TRowError } from "./row-errors";
import type { TTx } from "./upsert-sql";

// The two rules every entity follows (docs/erp-api.md, "Merge rule" and "Ownership").
//
// Merge: an optional field the row leaves out keeps the stored value (a new record gets the
// default); null clears it to the default.
export function mergeOptional<D extends Record<string, unknown>>(
  row: Record<string, unknown>,
  stored: Partial<Record<keyof D, unknown>> | undefined,
  defaults: D,
): D {
  const merged: Record<string, unknown> = {};
  for (const [field, fallback] of Object.entries(defaults)) {
    const value = row[field];
    merged[field] =
      value === undefined ? (stored ? stored[field] : fallback) : value === null ? fallback : value;
  }
  return merged as D;
}

// Ownership: a record never changes customer silently. A row naming another customer than the
// record's owner is refused unless it says moveFromCustomer: <the owner's number>.
export type TOwned = { customerId: number; ownerNumber: string };
export type TOwnerCheck =
  | { kind: "same" }
  | { kind: "move"; from: string }
  | { kind: "refused"; error: TRowError };

export function checkOwner(
  existing: TOwned | undefined,
  customerId: number,
  row: { customerNumber: string; moveFromCustomer?: string },
): TOwnerCheck {
  if (!existing || existing.customerId === customerId) return { kind: "same" };
  if (row.moveFromCustomer === existing.ownerNumber) return { kind: "move", from: existing.ownerNumber };
  return {
    kind: "refused",
    error: rowError(
      row.moveFromCustomer === undefined ? "customerNumber" : "moveFromCustomer",
      "owner_mismatch",
      `belongs to customer "${existing.ownerNumber}"; send "moveFromCustomer": "${existing.ownerNumber}" to move it to "${row.customerNumber}"`,
    ),
  };
}

/** Adds the owner's ERP number to stored rows that carry a customerId. */
export async function withOwnerNumbers<T extends { customerId: number }>(
  tx: TTx,
  rows: T[],
): Promise<(T & { ownerNumber: string })[]> {
  const ids = [...new Set(rows.map((r) => r.customerId))];
  const customers = ids.length
    ? await tx.customer.findMany({ where: { id: { in: ids } }, select: { id: true, erpNumber: true } })
    : [];
  const numberOf = new Map(customers.map((c) => [c.id, c.erpNumber]));
  return rows.map((r) => Object.assign({ ownerNumber: numberOf.get(r.customerId) ?? "" }, r));
}

/** One audit entry per moved record, under the new owner. */
export async function auditMoves(
  tx: TTx,
  entity: string,
  objectType: string,
  moves: { key: string; from: string; to: string; toCustomerId: number }[],
): Promise<void> {
  for (const move of moves)
    await writeAudit(tx, {
      actorUserId: null,
      actorRole: "ERP",
      customerId: move.toCustomerId,
      action: `erp.move.${entity}`,
      objectType,
      objectId: move.key,
      before: { customerNumber: move.from },
      after: { customerNumber: move.to },
    });
}
