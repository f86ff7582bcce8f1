import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { recordNumberOf } from "./record-number";

// The audit trail: who changed what, when, with the before and after of the change. Written
// inside the transaction of the change itself.
export type TAuditInput = {
  actorUserId: number | null;
  actorRole: "DEALER" | "STAFF" | "ERP" | "SYSTEM";
  /** The ERP token behind an "ERP" change made through the API's write-back. */
  actorErpTokenId?: number | null;
  customerId?: number | null;
  action: string;
  objectType: string;
  objectId: string;
  /** The business number (IRM…, MAS…); found from the object when left out. */
  recordNumber?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

export async function writeAudit(tx: Prisma.TransactionClient, entry: TAuditInput): Promise<void> {
  const recordNumber =
    entry.recordNumber !== undefined
      ? entry.recordNumber
      : await recordNumberOf(tx, entry.objectType, entry.objectId);
  await tx.auditEntry.create({ data: { ...entry, customerId: entry.customerId ?? null, recordNumber } });
}
