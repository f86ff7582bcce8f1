import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { checkInvariants } from "@/lib/db/invariants";
import { submitReturnRequest } from "@/lib/returns/submit-return-request";
import { requestFor, seedCompany, seedLine, seedReturnReasons } from "@/lib/returns/test-fixtures";
import { runErpBatch } from "./batch";

// A credit note the ERP posts for an RMA is its word that the goods came back: the RMA's
// not-rejected lines count as received in full on the credit note's date, then invoiced.
const source = { kind: "token", tokenId: 1 } as const;
const invariants = () => checkInvariants((sql) => db.$queryRawUnsafe(sql));
let reasons: Awaited<ReturnType<typeof seedReturnReasons>>;

beforeAll(async () => {
  reasons = await seedReturnReasons();
});

async function rmaWithExpectedLines() {
  const company = await seedCompany();
  const a = await seedLine(company.tenant.customerId, { delivered: 5 });
  const b = await seedLine(company.tenant.customerId, { delivered: 2 });
  const { rmaNumber } = await submitReturnRequest(
    company.tenant,
    requestFor([
      { id: a.id, quantity: 3, reasonId: reasons.defect.id },
      { id: b.id, quantity: 1, reasonId: reasons.defect.id },
    ]),
  );
  return { ...company, a, b, rmaNumber };
}

const creditNote = (number: string, customerNumber: string, rmaNumber: string) => ({
  number,
  customerNumber,
  kind: "CREDIT_NOTE",
  invoiceDate: "2026-11-20",
  dueDate: "2026-11-20",
  amount: "-1650.00",
  rmaNumber,
});
const counters = (id: number) =>
  db.deliveredLine.findUniqueOrThrow({
    where: { id },
    select: { quantityInRequest: true, quantityReturned: true, quantityRemaining: true },
  });

describe("an ERP credit note on an RMA with expected lines", () => {
  it("counts the units as returned on the credit note's date, invoices the RMA, mails and audits; invariants hold", async () => {
    const { customer, user, a, b, rmaNumber } = await rmaWithExpectedLines();
    expect(await counters(a.id)).toEqual({ quantityInRequest: 3, quantityReturned: 0, quantityRemaining: 2 });

    const result = await runErpBatch(
      "invoices",
      [creditNote("MVF2690001", customer.erpNumber, rmaNumber)],
      source,
    );
    expect(result).toMatchObject({ created: 1, rejected: [] });

    expect(await counters(a.id)).toEqual({ quantityInRequest: 0, quantityReturned: 3, quantityRemaining: 2 });
    expect(await counters(b.id)).toEqual({ quantityInRequest: 0, quantityReturned: 1, quantityRemaining: 1 });
    const rma = await db.rma.findUniqueOrThrow({
      where: { number: rmaNumber },
      include: { lines: { orderBy: { id: "asc" } } },
    });
    expect(rma.status).toBe("INVOICED");
    expect(rma.closedAt).not.toBeNull();
    expect(
      rma.lines.map((l) => [l.status, l.quantityReceived, l.receivedAt?.toISOString().slice(0, 10)]),
    ).toEqual([
      ["INVOICED", 3, "2026-11-20"],
      ["INVOICED", 1, "2026-11-20"],
    ]);
    const mails = await db.outboxMessage.findMany({
      where: { to: { has: user.email }, template: "rma-status" },
    });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(rmaNumber);
    const audit = await db.auditEntry.findMany({
      where: { customerId: customer.id, actorRole: "ERP" },
      orderBy: { id: "asc" },
    });
    expect(audit.map((e) => e.action)).toEqual(["rmaLine.receive", "rmaLine.receive", "rma.invoice"]);
    expect(await invariants()).toEqual({ checks: expect.any(Number), violations: [] });
  });

  it("changes nothing when the same credit note is posted again", async () => {
    const { customer, user, a, rmaNumber } = await rmaWithExpectedLines();
    await runErpBatch("invoices", [creditNote("MVF2690002", customer.erpNumber, rmaNumber)], source);
    const again = await runErpBatch(
      "invoices",
      [creditNote("MVF2690002", customer.erpNumber, rmaNumber)],
      source,
    );
    expect(again.unchanged).toBe(1);
    expect(await counters(a.id)).toEqual({ quantityInRequest: 0, quantityReturned: 3, quantityRemaining: 2 });
    expect(await db.outboxMessage.count({ where: { to: { has: user.email }, template: "rma-status" } })).toBe(
      1,
    );
    expect(await db.auditEntry.count({ where: { customerId: customer.id, actorRole: "ERP" } })).toBe(3);
    expect((await invariants()).violations).toEqual([]);
  });

  it("keeps a line staff rejected out of the return", async () => {
    const { customer, a, b, rmaNumber } = await rmaWithExpectedLines();
    const rma = await db.rma.findUniqueOrThrow({
      where: { number: rmaNumber },
      include: { lines: { orderBy: { id: "asc" } } },
    });
    await db.rmaLine.update({
      where: { id: rma.lines[1]!.id },
      data: {
        status: "REJECTED",
        quantityReceived: 0,
        rejectionReason: "Gebruikt",
        receivedAt: new Date("2026-11-18"),
      },
    });
    await runErpBatch("invoices", [creditNote("MVF2690003", customer.erpNumber, rmaNumber)], source);
    expect(await counters(a.id)).toMatchObject({ quantityInRequest: 0, quantityReturned: 3 });
    expect(await counters(b.id)).toEqual({ quantityInRequest: 0, quantityReturned: 0, quantityRemaining: 2 });
    const lines = await db.rmaLine.findMany({ where: { rmaId: rma.id }, orderBy: { id: "asc" } });
    expect(lines.map((l) => l.status)).toEqual(["INVOICED", "REJECTED"]);
    expect((await invariants()).violations).toEqual([]);
  });
});
