import { describe, expect, it } from "vitest";
import { embeddedPglite } from "./client";
import { shapeFromDatabase, shapeFromPrismaSchema } from "./schema-shape";
import { connectPostgres, wrapPglite } from "./sql-runner";

// schema.prisma and the migrated database must describe the same tables: every model, column,
// type, nullability, index (columns, order, method, operator class), foreign key and enum.
describe("schema.prisma and the migrations agree", () => {
  it("has the same shape in the migrated database as in schema.prisma", async () => {
    const runner = process.env.DATABASE_URL
      ? await connectPostgres(process.env.DATABASE_URL)
      : wrapPglite(embeddedPglite!, { owns: false });
    try {
      const fromDatabase = await shapeFromDatabase(runner);
      const fromSchema = shapeFromPrismaSchema();
      const missingInDatabase = fromSchema.filter((line) => !fromDatabase.includes(line));
      const missingInSchema = fromDatabase.filter((line) => !fromSchema.includes(line));
      expect({ missingInDatabase, missingInSchema }).toEqual({ missingInDatabase: [], missingInSchema: [] });
      expect(fromSchema.length).toBeGreaterThan(150);
    } finally {
      await runner.close();
    }
  });

  it("notices when the database drifts from schema.prisma", async () => {
    const runner = process.env.DATABASE_URL
      ? await connectPostgres(process.env.DATABASE_URL)
      : wrapPglite(embeddedPglite!, { owns: false });
    try {
      await runner.exec("BEGIN");
      await runner.exec(
        `ALTER TABLE "DeliveredLine" ALTER COLUMN "quantityRemaining" DROP EXPRESSION; ALTER TABLE "DeliveredLine" DROP COLUMN "quantityInRequest" CASCADE; DROP INDEX "Rma_status_createdAt_idx"; ALTER TABLE "Payment" ALTER COLUMN "paidOn" DROP NOT NULL`,
      );
      const drifted = await shapeFromDatabase(runner);
      await runner.exec("ROLLBACK");
      const missing = shapeFromPrismaSchema().filter((line) => !drifted.includes(line));
      expect(missing).toEqual([
        "column DeliveredLine.quantityInRequest integer NOT NULL",
        "column DeliveredLine.quantityRemaining integer NOT NULL GENERATED",
        "column Payment.paidOn date NOT NULL",
        "index Rma_status_createdAt_idx ON Rma INDEX USING btree (status, createdAt)",
      ]);
    } finally {
      await runner.close();
    }
  });
});
