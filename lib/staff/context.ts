import "server-only";
import { type TAuditInput, writeAudit } from "@/lib/audit/write-audit";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

// Who performs a staff change. Domain functions take it explicitly (tests pass it; actions
// pass requireStaff()'s user) and refuse anyone but staff before touching anything.
export type TStaffContext = { userId: number; role: "DEALER" | "STAFF" };
/** The ERP acting through its bearer token on the steps staff take (ERP API write-back): audited under the token. */
export type TErpActor = { role: "ERP"; tokenId: number; tokenName: string };
/** Who may take a staff step: a staff member, or the ERP for the steps its API offers. */
export type TActorContext = TStaffContext | TErpActor;

/** Note: a non-staff caller gets NOT_FOUND, as the /staff pages answer 404 to dealers. */
export function assertStaff(ctx: TActorContext): void {
  if (ctx.role !== "STAFF" && ctx.role !== "ERP") throw new AppError("NOT_FOUND", "errors.notFound");
}

/** The audit's actor columns for a context: the staff user, or the ERP token (its name shows in the trail). */
export function auditActorOf(
  ctx: TActorContext,
): Pick<TAuditInput, "actorUserId" | "actorRole" | "actorErpTokenId"> {
  return ctx.role === "ERP"
    ? { actorUserId: null, actorRole: "ERP", actorErpTokenId: ctx.tokenId }
    : { actorUserId: ctx.userId, actorRole: "STAFF" };
}

/** The user behind a context, for columns that name one (none for the ERP). */
export const actorUserIdOf = (ctx: TActorContext): number | null => (ctx.role === "ERP" ? null : ctx.userId);

export async function writeStaffAudit(
  tx: Prisma.TransactionClient,
  ctx: TActorContext,
  entry: Omit<TAuditInput, "actorUserId" | "actorRole" | "actorErpTokenId">,
): Promise<void> {
  await writeAudit(tx, { ...auditActorOf(ctx), ...entry });
}

/** JSON-safe snapshot of a row for the audit trail (Dates → ISO, Decimals → string). */
export function snapshot(value: Record<string, unknown>): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}
