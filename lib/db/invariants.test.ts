import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { submitReturnRequest } from "@/lib/returns/submit-return-request";
import { requestFor, seedCompany, seedLine, seedReturnReasons } from "@/lib/returns/test-fixtures";
import { checkInvariants, INVARIANTS, type TViolation } from "./invariants";

// The checker's self-test: each invariant is broken on purpose inside a transaction that is
// rolled back, and the checker must name the broken row. The triggers and the CHECK that keep
// the invariants are switched off for that transaction only (session_replication_role, DDL).
class Rollback extends Error {
  constructor(readonly violations: TViolation[]) {
    super("rollback");
  }
}

async function violationsAfter(
  breakIt: (tx: Prisma.TransactionClient) => Promise<unknown>,
): Promise<TViolation[]> {
  try {
    await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
        await tx.$executeRawUnsafe(
          `ALTER TABLE "DeliveredLine" DROP CONSTRAINT "DeliveredLine_quantities_check"`,
        );
        await breakIt(tx);
        throw new Rollback((await checkInvariants((sql) => tx.$queryRawUnsafe(sql))).violations);
      },
      { timeout: 30_000 },
    );
  } catch (error) {
    if (error instanceof Rollback) return error.violations;
    throw error;
  }
  throw new Error("not rolled back");
}

let fixture: {
  customerId: number;
  lineId: number;
  rmaId: number;
  rmaNumber: string;
  erpKey: string;
  invoiceId: number;
  otherCustomerId: number;
};

beforeAll(async () => {
  const reasons = await seedReturnReasons();
  const { tenant } = await seedCompany();
  const other = await seedCompany();
  const line = await seedLine(tenant.customerId, { delivered: 4 });
  const { rmaNumber } = await submitReturnRequest(
    tenant,
    requestFor([{ id: line.id, quantity: 2, reasonId: reasons.defect.id }]),
  );
  const rma = await db.rma.findUniqueOrThrow({ where: { number: rmaNumber } });
  const invoice = await db.invoice.create({
    data: {
      customerId: tenant.customerId,
      number: `MVF26${String(line.id).padStart(5, "0")}`,
      invoiceDate: new Date("2026-11-01"),
      dueDate: new Date("2026-12-01"),
      amount: "100.00",
      payments: { create: { erpKey: `SELF-${line.id}`, amount: "40.00", paidOn: new Date("2026-11-10") } },
    },
  });
  fixture = {
    customerId: tenant.customerId,
    lineId: line.id,
    rmaId: rma.id,
    rmaNumber,
    erpKey: line.erpKey,
    invoiceId: invoice.id,
    otherCustomerId: other.customer.id,
  };
});

describe("the invariant checker", () => {
  it("finds nothing wrong in data written through the app", async () => {
    expect(await checkInvariants((sql) => db.$queryRawUnsafe(sql))).toEqual({
      checks: INVARIANTS.length,
      violations: [],
    });
  });

  const cases: Array<[string, (tx: Prisma.TransactionClient) => Promise<unknown>, RegExp]> = [
    [
      "delivered-line counters",
      (tx) =>
        tx.$executeRawUnsafe(
          `UPDATE "DeliveredLine" SET "quantityInRequest" = 1 WHERE id = ${fixture.lineId}`,
        ),
      /DeliveredLine \d+/,
    ],
    [
      "remaining",
      (tx) =>
        tx.$executeRawUnsafe(
          `UPDATE "DeliveredLine" SET "quantityInRequest" = 6 WHERE id = ${fixture.lineId}`,
        ),
      /remaining -2/,
    ],
    [
      "RMA line quantities",
      (tx) =>
        tx.$executeRawUnsafe(`UPDATE "RmaLine" SET "quantityReceived" = 1 WHERE "rmaId" = ${fixture.rmaId}`),
      /status EXPECTED, received 1/,
    ],
    [
      "RMA status",
      (tx) =>
        tx.$executeRawUnsafe(
          `UPDATE "Rma" SET status = 'INVOICED', "closedAt" = now() WHERE id = ${fixture.rmaId}`,
        ),
      /status INVOICED/,
    ],
    [
      "paid amount",
      (tx) => tx.$executeRawUnsafe(`UPDATE "Invoice" SET "paidAmount" = 100 WHERE id = ${fixture.invoiceId}`),
      /paid 100\.00, payments 40\.00/,
    ],
    [
      "settled",
      (tx) => tx.$executeRawUnsafe(`UPDATE "Invoice" SET settled = true WHERE id = ${fixture.invoiceId}`),
      /settled true, amount 100\.00/,
    ],
    [
      "overpaid without the flag",
      (tx) => tx.$executeRawUnsafe(`UPDATE "Invoice" SET amount = 30 WHERE id = ${fixture.invoiceId}`),
      /amount 30\.00, payments 40\.00, none flagged overpayment/,
    ],
    [
      "invoice customer",
      (tx) =>
        tx.$executeRawUnsafe(
          `UPDATE "Invoice" SET "rmaId" = ${fixture.rmaId}, "customerId" = ${fixture.otherCustomerId} WHERE id = ${fixture.invoiceId}`,
        ),
      /RMA of \d+/,
    ],
    [
      "claim documents",
      async (tx) => {
        const [claim] = await tx.$queryRawUnsafe<
          { id: number }[]
        >(`INSERT INTO "WarrantyClaim" (number, "customerId", "createdById", "idempotencyKey", "articleNumber", "serialNumber",
        "vehicleMake", "vehicleModel", complaint, "checksDone", "updatedAt") SELECT 'MAS99999999', "customerId", id, 'self', 'WG1', 'SN', 'VW', 'Golf', 'x', '{}', now()
        FROM "User" WHERE "customerId" = ${fixture.customerId} LIMIT 1 RETURNING id`);
        return tx.$executeRawUnsafe(`INSERT INTO "Document" ("customerId", kind, source, "fileName", "contentType", size, sha256, "storageKey", "claimId")
        VALUES (${fixture.otherCustomerId}, 'OTHER', 'DEALER', 'self.pdf', 'application/pdf', 1, 'x', 'self-test-key', ${claim!.id})`);
      },
      /Document \d+ \(self\.pdf\)/,
    ],
    [
      "RMA lines of another customer",
      (tx) =>
        tx.$executeRawUnsafe(
          `UPDATE "DeliveredLine" SET "customerId" = ${fixture.otherCustomerId} WHERE id = ${fixture.lineId}`,
        ),
      /delivered line \d+ of customer/,
    ],
  ];

  it("has a case for every invariant", () => expect(cases).toHaveLength(INVARIANTS.length));

  it.each(cases.map((c, i) => [INVARIANTS[i]!.name, ...c] as const))(
    "reports a broken rule: %s",
    async (name, _label, breakIt, detail) => {
      const violations = await violationsAfter(breakIt);
      const reported = violations.filter((v) => v.invariant === name);
      expect(reported.length, JSON.stringify(violations)).toBeGreaterThan(0);
      expect(reported.map((v) => `${v.ref} – ${v.detail}`).join("\n")).toMatch(detail);
    },
  );

  it("leaves the data as it was (every break was rolled back)", async () => {
    expect((await checkInvariants((sql) => db.$queryRawUnsafe(sql))).violations).toEqual([]);
  });
});
