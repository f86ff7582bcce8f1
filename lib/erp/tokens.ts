import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TTx } from "./upsert-sql";

// Bearer tokens of the ERP integrations. Only the sha256 of a token is stored; the raw token
// is shown once, when it is made.
export const ERP_TOKEN_PREFIX = "erp_";
const LAST_USED_RESOLUTION_MS = 60_000;

export type TErpTokenRow = { id: number; name: string };

export function hashErpToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createErpToken(
  tx: TTx,
  name: string,
): Promise<{ id: number; name: string; token: string }> {
  const token = `${ERP_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const row = await tx.erpToken.create({
    data: { name, tokenHash: hashErpToken(token) },
    select: { id: true, name: true },
  });
  return { ...row, token };
}

/** Revokes the token; false when it does not exist or was already revoked. */
export async function revokeErpToken(tx: TTx, id: number): Promise<boolean> {
  const { count } = await tx.erpToken.updateMany({
    where: { id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count === 1;
}

// Note: the token is looked up by its hash, so no byte-by-byte comparison of secrets happens
// in application code (no timing signal), and a database leak reveals no usable token.
export async function authenticateErpRequest(request: Request, now = new Date()): Promise<TErpTokenRow> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match || !match[1]!.startsWith(ERP_TOKEN_PREFIX))
    throw new AppError("UNAUTHENTICATED", "erp.api.unauthenticated");
  const row = await db.erpToken.findUnique({
    where: { tokenHash: hashErpToken(match[1]!) },
    select: { id: true, name: true, revokedAt: true, lastUsedAt: true },
  });
  if (!row || row.revokedAt) throw new AppError("UNAUTHENTICATED", "erp.api.unauthenticated");
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await db.erpToken.updateMany({
      where: {
        id: row.id,
        OR: [
          { lastUsedAt: null },
          { lastUsedAt: { lte: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } },
        ],
      },
      data: { lastUsedAt: now },
    });
  }
  return { id: row.id, name: row.name };
}
