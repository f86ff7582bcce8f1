import { describe, expect, it } from "vitest";
import { db, embeddedPglite } from "./client";
import { applyMigrations, listMigrations } from "./migrate";
import { connectPostgres, wrapPglite } from "./sql-runner";

async function currentRunner() {
  return process.env.DATABASE_URL
    ? connectPostgres(process.env.DATABASE_URL)
    : wrapPglite(embeddedPglite!, { owns: false });
}

describe("migration runner", () => {
  it("records every migration in a Prisma-compatible _prisma_migrations table", async () => {
    const rows = await db.$queryRawUnsafe<
      { migration_name: string; checksum: string; finished_at: Date | null }[]
    >(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`);
    const files = listMigrations();
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    expect(rows.map((r) => r.checksum)).toEqual(files.map((f) => f.checksum));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("applies nothing the second time", async () => {
    const runner = await currentRunner();
    try {
      expect(await applyMigrations(runner)).toEqual([]);
    } finally {
      await runner.close();
    }
  });

  it("refuses a migration whose file changed after it was applied", async () => {
    const [first] = listMigrations();
    await db.$executeRawUnsafe(
      `UPDATE "_prisma_migrations" SET checksum = 'changed' WHERE migration_name = $1`,
      first!.name,
    );
    const runner = await currentRunner();
    try {
      await expect(applyMigrations(runner)).rejects.toThrow(/was changed after it was applied/);
    } finally {
      await db.$executeRawUnsafe(
        `UPDATE "_prisma_migrations" SET checksum = $1 WHERE migration_name = $2`,
        first!.checksum,
        first!.name,
      );
      await runner.close();
    }
  });

  it("enforces remaining-to-return >= 0 in the database itself", async () => {
    const customer = await db.customer.create({ data: { erpNumber: "T1", name: "T" } });
    const line = await db.deliveredLine.create({
      data: {
        customerId: customer.id,
        erpKey: "k1",
        salesOrderNumber: "MVO0000001",
        articleNumber: "WG0000001",
        articleName: "Turbo",
        netUnitPrice: "10.00",
        quantityOrdered: 2,
        quantityDelivered: 2,
        deliveryDate: new Date("2026-01-01"),
      },
    });
    await expect(
      db.deliveredLine.update({ where: { id: line.id }, data: { quantityInRequest: 3 } }),
    ).rejects.toThrow();
    const after = await db.deliveredLine.findUniqueOrThrow({ where: { id: line.id } });
    expect(after.quantityInRequest).toBe(0);
  });
});
