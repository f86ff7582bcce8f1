import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadInvoiceDocument } from "@/lib/invoices/invoice-document";
import { runErpBatch } from "./batch";
import { createTestCustomer, deliveredRow, openLineRow } from "./test-fixtures";

// ERP API 1.1: a record never changes customer silently (issue 18, findings 1 and 2).
const source = { kind: "token", tokenId: 1 } as const;
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`).toString("base64");
const invoice = (overrides: Record<string, unknown> = {}) => ({
  number: "MVF2700001",
  customerNumber: "10001",
  invoiceDate: "2020-08-25",
  dueDate: "2020-10-24",
  amount: "100.00",
  ...overrides,
});
let a: number;
let b: number;

beforeEach(async () => {
  await db.auditEntry.deleteMany();
  await db.payment.deleteMany();
  await db.invoice.deleteMany();
  await db.document.deleteMany();
  await db.rmaLine.deleteMany();
  await db.rma.deleteMany();
  await db.user.deleteMany();
  await db.expectedDateChange.deleteMany();
  await db.openOrderLine.deleteMany();
  await db.deliveredLine.deleteMany();
  await db.customer.deleteMany();
  a = (await createTestCustomer("10001")).id;
  b = (await createTestCustomer("10002", "Autoparts Lefèvre")).id;
});

describe("a row whose key belongs to another customer", () => {
  it("is refused with owner_mismatch for delivered lines, open lines and invoices; nothing moves", async () => {
    await runErpBatch("delivered-lines", [deliveredRow(1)], source);
    await runErpBatch("open-lines", [openLineRow(1)], source);
    await runErpBatch("invoices", [invoice()], source);
    const lines = await runErpBatch(
      "delivered-lines",
      [deliveredRow(1, { customerNumber: "10002" })],
      source,
    );
    const open = await runErpBatch("open-lines", [openLineRow(1, { customerNumber: "10002" })], source);
    const invoices = await runErpBatch("invoices", [invoice({ customerNumber: "10002" })], source);
    for (const result of [lines, open, invoices]) {
      expect(result.updated).toBe(0);
      expect(result.rejected).toEqual([
        {
          index: 0,
          key: expect.any(String),
          errors: [
            {
              path: "customerNumber",
              code: "owner_mismatch",
              message: expect.stringContaining('belongs to customer "10001"'),
            },
          ],
        },
      ]);
    }
    expect((await db.deliveredLine.findUniqueOrThrow({ where: { erpKey: "DL-1" } })).customerId).toBe(a);
    expect((await db.openOrderLine.findUniqueOrThrow({ where: { erpKey: "OL-1" } })).customerId).toBe(a);
    expect((await db.invoice.findUniqueOrThrow({ where: { number: "MVF2700001" } })).customerId).toBe(a);
  });

  it("is refused when moveFromCustomer names another customer than the owner", async () => {
    await runErpBatch("invoices", [invoice()], source);
    const result = await runErpBatch(
      "invoices",
      [invoice({ customerNumber: "10002", moveFromCustomer: "10003" })],
      source,
    );
    expect(result.rejected[0]!.errors[0]!.code).toBe("owner_mismatch");
  });
});

describe("moveFromCustomer", () => {
  it("moves an invoice with its payments and its PDF, which the new owner's dealer can open; audited", async () => {
    await runErpBatch("invoices", [invoice()], source);
    await runErpBatch(
      "payments",
      [{ erpKey: "P-1", invoiceNumber: "MVF2700001", amount: "40.00", paidOn: "2020-09-01" }],
      source,
    );
    await runErpBatch(
      "documents",
      [{ invoiceNumber: "MVF2700001", fileName: "MVF2700001.pdf", contentBase64: pdf("moved") }],
      source,
    );
    const moved = await runErpBatch(
      "invoices",
      [invoice({ customerNumber: "10002", moveFromCustomer: "10001" })],
      source,
    );
    expect(moved).toMatchObject({ updated: 1, rejected: [] });
    const stored = await db.invoice.findUniqueOrThrow({
      where: { number: "MVF2700001" },
      include: { payments: true, document: true },
    });
    expect(stored.customerId).toBe(b);
    expect(stored.payments).toHaveLength(1);
    expect(stored.paidAmount.toFixed(2)).toBe("40.00");
    expect(stored.document!.customerId).toBe(b);
    const file = await loadInvoiceDocument(b, "MVF2700001");
    expect(file?.bytes.toString("latin1")).toContain("% moved");
    expect(await loadInvoiceDocument(a, "MVF2700001")).toBeNull();
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "erp.move.invoices" } });
    expect(audit).toMatchObject({
      actorRole: "ERP",
      objectId: "MVF2700001",
      before: { customerNumber: "10001" },
      after: { customerNumber: "10002" },
    });
    const again = await runErpBatch(
      "invoices",
      [invoice({ customerNumber: "10002", moveFromCustomer: "10001" })],
      source,
    );
    expect(again).toMatchObject({ unchanged: 1, rejected: [] });
  });

  it("moves an open line with its date history", async () => {
    await runErpBatch("open-lines", [openLineRow(1, { expectedDate: null })], source);
    await runErpBatch("open-lines", [openLineRow(1, { expectedDate: "2020-11-10" })], source);
    const moved = await runErpBatch(
      "open-lines",
      [openLineRow(1, { expectedDate: "2020-11-10", customerNumber: "10002", moveFromCustomer: "10001" })],
      source,
    );
    expect(moved).toMatchObject({ updated: 1, rejected: [] });
    const line = await db.openOrderLine.findUniqueOrThrow({
      where: { erpKey: "OL-1" },
      include: { changes: true },
    });
    expect(line.customerId).toBe(b);
    expect(line.changes).toHaveLength(1);
    expect(await db.auditEntry.count({ where: { action: "erp.move.open-lines" } })).toBe(1);
  });

  it("is refused while a return request refers to the delivered line", async () => {
    await runErpBatch("delivered-lines", [deliveredRow(1)], source);
    const line = await db.deliveredLine.findUniqueOrThrow({ where: { erpKey: "DL-1" } });
    const user = await db.user.create({ data: { email: "d@test.test", name: "Dealer", customerId: a } });
    const reason = await db.returnReason.upsert({
      where: { code: "DEFECT" },
      update: {},
      create: {
        code: "DEFECT",
        labelNl: "Defect",
        labelFr: "Défectueux",
        labelEn: "Defective",
        labelDe: "Defekt",
      },
    });
    await db.rma.create({
      data: {
        number: "IRM2700001",
        customerId: a,
        createdById: user.id,
        idempotencyKey: "k1",
        surcharge: "0",
        lines: { create: [{ deliveredLineId: line.id, reasonId: reason.id, quantityExpected: 1 }] },
      },
    });
    const result = await runErpBatch(
      "delivered-lines",
      [deliveredRow(1, { customerNumber: "10002", moveFromCustomer: "10001" })],
      source,
    );
    expect(result.rejected[0]!.errors).toEqual([
      { path: "moveFromCustomer", code: "move_refused", message: expect.stringContaining("return") },
    ]);
    expect((await db.deliveredLine.findUniqueOrThrow({ where: { erpKey: "DL-1" } })).customerId).toBe(a);
  });

  it("moves a delivered line without returns", async () => {
    await runErpBatch("delivered-lines", [deliveredRow(1)], source);
    const result = await runErpBatch(
      "delivered-lines",
      [deliveredRow(1, { customerNumber: "10002", moveFromCustomer: "10001" })],
      source,
    );
    expect(result).toMatchObject({ updated: 1, rejected: [] });
    expect((await db.deliveredLine.findUniqueOrThrow({ where: { erpKey: "DL-1" } })).customerId).toBe(b);
  });
});

describe("payments", () => {
  it("cannot move to an invoice of another customer", async () => {
    await runErpBatch(
      "invoices",
      [invoice(), invoice({ number: "MVF2700002", customerNumber: "10002" })],
      source,
    );
    await runErpBatch(
      "payments",
      [{ erpKey: "P-1", invoiceNumber: "MVF2700001", amount: "40.00", paidOn: "2020-09-01" }],
      source,
    );
    const result = await runErpBatch(
      "payments",
      [{ erpKey: "P-1", invoiceNumber: "MVF2700002", amount: "40.00", paidOn: "2020-09-01" }],
      source,
    );
    expect(result.rejected[0]!.errors[0]!.code).toBe("owner_mismatch");
    const first = await db.invoice.findUniqueOrThrow({ where: { number: "MVF2700001" } });
    expect(first.paidAmount.toFixed(2)).toBe("40.00");
  });
});
