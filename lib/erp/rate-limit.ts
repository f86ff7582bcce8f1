import "server-only";
import { db } from "@/lib/db/client";
import { writeAudit, type TAuditInput } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";

// Every authenticated ERP request leaves one audit entry for its token; the rate limit counts
// them, so it holds across instances without a table of its own.
export const ERP_REQUESTS_PER_MINUTE = 60;
const WINDOW_MS = 60_000;

export async function assertErpRateLimit(tokenId: number, now = new Date()): Promise<void> {
  const recent = await db.auditEntry.count({
    where: { objectType: "ErpToken", objectId: String(tokenId), createdAt: { gt: new Date(now.getTime() - WINDOW_MS) } },
  });
  if (recent >= ERP_REQUESTS_PER_MINUTE) throw new AppError("RATE_LIMITED", "erp.api.rateLimited");
}

/** The audit entry of a request that wrote nothing (reads, malformed bodies). */
export async function recordErpRequest(tokenId: number, action: string, after?: TAuditInput["after"]): Promise<void> {
  await writeAudit(db, { actorUserId: null, actorRole: "ERP", action, objectType: "ErpToken", objectId: String(tokenId), after });
}
