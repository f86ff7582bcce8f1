import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runErpBatch } from "./batch";
import { createTestCustomer } from "./test-fixtures";

// ERP API 1.1: money signs, overpayment, amounts below what is paid, the amount limit
// (issue 18, findings 3, 4 and 6).
const source = { kind: "token", tokenId: 1 } as const;
const invoice = (overrides: Record<string, unknown> = {}) => ({
  number: "MVF2800001",
  customerNumber: "10001",
  invoiceDate: "2020-08-25",
  dueDate: "2020-10-24",
  amount: "100.00",
  ...overrides,
});
const payment = (erpKey: string, amount: string, overrides: Record<string, unknown> = {}) => ({
  erpKey,
  invoiceNumber: "MVF2800001",
  amount,
  paidOn: "2020-09-01",
  ...overrides,
});
const stored = async (number = "MVF2800001") => {
  const i = await db.invoice.findUniqueOrThrow({ where: { number } });
  return [i.amount.toFixed(2), i.paidAmount.toFixed(2), i.settled];
};

beforeEach(async () => {
  await db.payment.deleteMany();
  await db.invoice.deleteMany();
  await db.customer.deleteMany();
  await createTestCustomer("10001");
});

describe("payments", () => {
  it("cannot exceed what is open: 60 and 60 on 100 refuses the second", async () => {
    await runErpBatch("invoices", [invoice()], source);
    await runErpBatch("payments", [payment("P1", "60.00")], source);
    const second = await runErpBatch("payments", [payment("P2", "60.00")], source);
    expect(second.rejected).toEqual([
      {
        index: 0,
        key: "P2",
        errors: [{ path: "amount", code: "exceeds_open", message: expect.stringContaining("40.00") }],
      },
    ]);
    expect(await stored()).toEqual(["100.00", "60.00", false]);
  });

  it("cannot exceed what is open within one batch either", async () => {
    await runErpBatch("invoices", [invoice()], source);
    const result = await runErpBatch("payments", [payment("P1", "60.00"), payment("P2", "60.00")], source);
    expect(result.created).toBe(1);
    expect(result.rejected.map((r) => [r.index, r.errors[0]!.code])).toEqual([[1, "exceeds_open"]]);
  });

  it("flagged as overpayment, settles the invoice and leaves a credit balance", async () => {
    await runErpBatch("invoices", [invoice()], source);
    await runErpBatch("payments", [payment("P1", "60.00")], source);
    const result = await runErpBatch("payments", [payment("P2", "60.00", { overpayment: true })], source);
    expect(result).toMatchObject({ created: 1, rejected: [] });
    expect(await stored()).toEqual(["100.00", "120.00", true]);
  });

  it("on a credit note are refunds (negative) and settle it", async () => {
    await runErpBatch("invoices", [invoice({ kind: "CREDIT_NOTE", amount: "-370.00" })], source);
    const wrong = await runErpBatch("payments", [payment("R0", "370.00")], source);
    expect(wrong.rejected[0]!.errors[0]).toMatchObject({ path: "amount", code: "wrong_sign" });
    const refund = await runErpBatch("payments", [payment("R1", "-370.00")], source);
    expect(refund).toMatchObject({ created: 1, rejected: [] });
    expect(await stored()).toEqual(["-370.00", "-370.00", true]);
  });
});

describe("invoice amounts", () => {
  it("cannot be lowered below what is already paid", async () => {
    await runErpBatch("invoices", [invoice()], source);
    await runErpBatch("payments", [payment("P1", "80.00")], source);
    const lowered = await runErpBatch("invoices", [invoice({ amount: "50.00" })], source);
    expect(lowered.rejected[0]!.errors).toEqual([
      { path: "amount", code: "below_paid", message: expect.stringContaining("80.00") },
    ]);
    expect(await stored()).toEqual(["100.00", "80.00", false]);
    const exact = await runErpBatch("invoices", [invoice({ amount: "80.00" })], source);
    expect(exact.updated).toBe(1);
    expect(await stored()).toEqual(["80.00", "80.00", true]);
  });

  it("are positive for an invoice and negative for a credit note", async () => {
    const result = await runErpBatch(
      "invoices",
      [
        invoice({ number: "MVF2800011", amount: "-5.00" }),
        invoice({ number: "MVF2800012", kind: "CREDIT_NOTE", amount: "5.00" }),
        invoice({ number: "MVF2800013", amount: 0 }),
        invoice({ number: "MVF2800014", kind: "CREDIT_NOTE", amount: "-5.00" }),
        invoice({ number: "MVF2800015", amount: 5 }),
      ],
      source,
    );
    expect(result.created).toBe(2);
    expect(result.rejected.map((r) => [r.index, r.errors[0]!.path, r.errors[0]!.code])).toEqual([
      [0, "amount", "wrong_sign"],
      [1, "amount", "wrong_sign"],
      [2, "amount", "wrong_sign"],
    ]);
  });

  it("above 9,999,999,999.99 are refused as too large, not as too many decimals", async () => {
    const result = await runErpBatch(
      "invoices",
      [
        invoice({ amount: "99999999999.99" }),
        invoice({ number: "MVF2800002", amount: "1.234" }),
        invoice({ number: "MVF2800003", amount: "9999999999.99" }),
        invoice({ number: "MVF2800004", amount: 12.5 }),
      ],
      source,
    );
    expect(result.rejected).toEqual([
      {
        index: 0,
        key: "MVF2800001",
        errors: [{ path: "amount", code: "too_large", message: "must be at most 9,999,999,999.99" }],
      },
      {
        index: 1,
        key: "MVF2800002",
        errors: [
          {
            path: "amount",
            code: "invalid_format",
            message: "must be a decimal amount with at most 2 decimals",
          },
        ],
      },
    ]);
    expect(await stored("MVF2800004")).toEqual(["12.50", "0.00", false]);
  });
});
