import "server-only";
import { type TAuditInput, writeAudit } from "@/lib/audit/write-audit";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

// Who performs a staff change. Domain functions take it explicitly (tests pass it; actions
// pass requireStaff()'s user) and refuse anyone but staff before touching anything.
export type TStaffContext = { userId: number; role: "DEALER" | "STAFF" };

/** Note: a non-staff caller gets NOT_FOUND, as the /staff pages answer 404 to dealers. */
export function assertStaff(ctx: TStaffContext): void {
  if (ctx.role !== "STAFF") throw new AppError("NOT_FOUND", "errors.notFound");
}

export async function writeStaffAudit(
  tx: Prisma.TransactionClient,
  ctx: TStaffContext,
  entry: Omit<TAuditInput, "actorUserId" | "actorRole">,
): Promise<void> {
  await writeAudit(tx, { actorUserId: ctx.userId, actorRole: "STAFF", ...entry });
}

/** JSON-safe snapshot of a row for the audit trail (Dates → ISO, Decimals → string). */
export function snapshot(value: Record<string, unknown>): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}
