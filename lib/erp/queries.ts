import "server-only";
import { db } from "@/lib/db/client";

// The token list of the staff page with each token's webhook URL; never the hash or a secret.
export async function listErpTokens() {
  return db.erpToken.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      webhook: { select: { url: true } },
    },
  });
}
