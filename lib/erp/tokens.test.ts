import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { authenticateErpRequest, createErpToken, hashErpToken, revokeErpToken } from "./tokens";

const requestWith = (token: string) =>
  new Request("http://portal.test/api/erp/v1/rmas", { headers: { authorization: `Bearer ${token}` } });

describe("ERP tokens", () => {
  it("stores only the hash, and marks the last use at most once a minute", async () => {
    const { id, token } = await createErpToken(db, "ERP");
    expect(token).toMatch(/^erp_[A-Za-z0-9_-]{43}$/);
    const stored = await db.erpToken.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).toBe(hashErpToken(token));
    expect(JSON.stringify(stored)).not.toContain(token.slice(4));

    const t0 = new Date("2026-01-01T10:00:00Z");
    expect(await authenticateErpRequest(requestWith(token), t0)).toEqual({ id, name: "ERP" });
    await authenticateErpRequest(requestWith(token), new Date(t0.getTime() + 30_000));
    expect((await db.erpToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(t0);
    const later = new Date(t0.getTime() + 61_000);
    await authenticateErpRequest(requestWith(token), later);
    expect((await db.erpToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(later);
  });

  it("refuses a revoked, unknown or malformed token with UNAUTHENTICATED", async () => {
    const { id, token } = await createErpToken(db, "ERP 2");
    expect(await revokeErpToken(db, id)).toBe(true);
    expect(await revokeErpToken(db, id)).toBe(false);
    for (const header of [token, `${token}x`, "nonsense"]) {
      await expect(authenticateErpRequest(requestWith(header))).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
      });
    }
    await expect(authenticateErpRequest(new Request("http://portal.test/"))).rejects.toBeInstanceOf(AppError);
  });
});
