import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/db/generated/client";
import type { TokenKind } from "@/lib/db/generated/enums";

// Set-password and reset links: a random token in the link, only its hash in the database;
// single-use and expiring.
export const TOKEN_LIFETIME_MS: Record<TokenKind, number> = {
  SET_PASSWORD: 7 * 24 * 60 * 60 * 1000,
  RESET_PASSWORD: 60 * 60 * 1000,
};

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createAuthToken(
  tx: Prisma.TransactionClient,
  userId: number,
  kind: TokenKind,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  // A new link replaces any unused older one of the same kind.
  await tx.authToken.updateMany({ where: { userId, kind, usedAt: null }, data: { usedAt: new Date() } });
  await tx.authToken.create({
    data: {
      userId,
      kind,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + TOKEN_LIFETIME_MS[kind]),
    },
  });
  return token;
}

/** Marks the token used and returns its user id, or null when it is unknown, used or expired. */
export async function consumeAuthToken(tx: Prisma.TransactionClient, token: string): Promise<number | null> {
  const row = await tx.authToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true },
  });
  if (!row) return null;
  const claimed = await tx.authToken.updateMany({
    where: { id: row.id, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  return claimed.count === 1 ? row.userId : null;
}
