import "server-only";
import { db } from "@/lib/db/client";

// The token list of the staff page; never the hash.
export async function listErpTokens() {
  return db.erpToken.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}
