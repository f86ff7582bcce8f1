import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { submitReturnRequest } from "@/lib/returns/submit-return-request";
import { requestFor, seedCompany, seedLine, seedReturnReasons } from "@/lib/returns/test-fixtures";
import { runErpBatch } from "./batch";
import { createTestCustomer, deliveredRow, openLineRow } from "./test-fixtures";

// ERP API 1.1, one merge rule for every entity: an omitted optional field keeps the stored
// value, null clears it (issue 18, finding 5).
const source = { kind: "token", tokenId: 1 } as const;
const omit = (row: Record<string, unknown>, ...fields: string[]) =>
  Object.fromEntries(Object.entries(row).filter(([k]) => !fields.includes(k)));

beforeAll(async () => {
  await createTestCustomer("10001");
});

describe("delivered lines", () => {
  it("keep customerPoNumber and externalArticleNumbers when omitted; null clears them", async () => {
    await runErpBatch(
      "delivered-lines",
      [deliveredRow(1, { customerPoNumber: "PO-KEEP", specialOrder: true })],
      source,
    );
    const kept = await runErpBatch(
      "delivered-lines",
      [omit(deliveredRow(1), "customerPoNumber", "externalArticleNumbers", "specialOrder")],
      source,
    );
    expect(kept).toMatchObject({ unchanged: 1, rejected: [] });
    let line = await db.deliveredLine.findUniqueOrThrow({ where: { erpKey: "DL-1" } });
    expect([line.customerPoNumber, line.externalArticleNumbers, line.specialOrder]).toEqual([
      "PO-KEEP",
      "852915-5005S, 852915-5005",
      true,
    ]);
    const cleared = await runErpBatch(
      "delivered-lines",
      [deliveredRow(1, { customerPoNumber: null, externalArticleNumbers: null, specialOrder: null })],
      source,
    );
    expect(cleared).toMatchObject({ updated: 1, rejected: [] });
    line = await db.deliveredLine.findUniqueOrThrow({ where: { erpKey: "DL-1" } });
    expect([line.customerPoNumber, line.externalArticleNumbers, line.specialOrder]).toEqual(["", "", false]);
  });
});

describe("open lines", () => {
  it("keep salesRep and expectedDate when omitted; null clears them", async () => {
    await runErpBatch("open-lines", [openLineRow(1, { expectedDate: "2020-11-10" })], source);
    const kept = await runErpBatch("open-lines", [omit(openLineRow(1), "salesRep", "expectedDate")], source);
    expect(kept).toMatchObject({ unchanged: 1, rejected: [] });
    let line = await db.openOrderLine.findUniqueOrThrow({ where: { erpKey: "OL-1" } });
    expect([line.salesRep, line.expectedDate?.toISOString().slice(0, 10)]).toEqual([
      "Heesen J.",
      "2020-11-10",
    ]);
    await runErpBatch("open-lines", [openLineRow(1, { salesRep: null, expectedDate: null })], source);
    line = await db.openOrderLine.findUniqueOrThrow({ where: { erpKey: "OL-1" } });
    expect([line.salesRep, line.expectedDate]).toEqual(["", null]);
  });
});

describe("customers", () => {
  it("keep an omitted address and e-mail; null clears them", async () => {
    await runErpBatch(
      "customers",
      [{ erpNumber: "30001", name: "Garage Kept", street: "Havenstraat 14", email: "info@kept.test" }],
      source,
    );
    const kept = await runErpBatch("customers", [{ erpNumber: "30001", name: "Garage Kept" }], source);
    expect(kept).toMatchObject({ unchanged: 1, rejected: [] });
    await runErpBatch(
      "customers",
      [{ erpNumber: "30001", name: "Garage Kept", street: null, email: null }],
      source,
    );
    const customer = await db.customer.findUniqueOrThrow({ where: { erpNumber: "30001" } });
    expect([customer.street, customer.email]).toEqual(["", null]);
  });
});

describe("credit notes", () => {
  it("stay linked to their RMA when re-sent without rmaNumber", async () => {
    const reasons = await seedReturnReasons();
    const company = await seedCompany();
    const line = await seedLine(company.tenant.customerId, { delivered: 5 });
    const { rmaNumber } = await submitReturnRequest(
      company.tenant,
      requestFor([{ id: line.id, quantity: 1, reasonId: reasons.defect.id }]),
    );
    const creditNote = {
      number: "MVF2900001",
      customerNumber: company.customer.erpNumber,
      kind: "CREDIT_NOTE",
      invoiceDate: "2026-11-20",
      dueDate: "2026-11-20",
      amount: "-370.00",
      rmaNumber,
    };
    await runErpBatch("invoices", [creditNote], source);
    const resent = await runErpBatch("invoices", [omit(creditNote, "rmaNumber", "kind")], source);
    expect(resent).toMatchObject({ unchanged: 1, rejected: [] });
    const stored = await db.invoice.findUniqueOrThrow({
      where: { number: "MVF2900001" },
      include: { rma: true },
    });
    expect([stored.kind, stored.rma?.number, stored.rma?.status]).toEqual([
      "CREDIT_NOTE",
      rmaNumber,
      "INVOICED",
    ]);
    const unlinked = await runErpBatch("invoices", [{ ...creditNote, rmaNumber: null }], source);
    expect(unlinked.rejected[0]!.errors[0]).toMatchObject({ path: "rmaNumber", code: "rma_invoiced" });
  });
});
