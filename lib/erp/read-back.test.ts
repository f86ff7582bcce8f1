import { beforeAll, describe, expect, it } from "vitest";
import { GET as getCustomers } from "@/app/api/erp/v1/customers/route";
import { GET as getDeliveredLines } from "@/app/api/erp/v1/delivered-lines/route";
import { GET as getInvoices } from "@/app/api/erp/v1/invoices/route";
import { GET as getOpenLines } from "@/app/api/erp/v1/open-lines/route";
import { GET as getPayments } from "@/app/api/erp/v1/payments/route";
import { db } from "@/lib/db/client";
import { runErpBatch } from "./batch";
import { createTestCustomer, deliveredRow, openLineRow } from "./test-fixtures";
import { createErpToken } from "./tokens";

// ERP API 1.1 read-back: the ERP reconciles its records with the portal's by customer and
// updatedSince, page by page, and compares the counts and sums.
const source = { kind: "token", tokenId: 1 } as const;
let token: string;
const get = (handler: (r: Request) => Promise<Response>, path: string) =>
  handler(
    new Request(`http://portal.test/api/erp/v1${path}`, { headers: { authorization: `Bearer ${token}` } }),
  );
const invoice = (number: string, customerNumber: string, amount: string) => ({
  number,
  customerNumber,
  invoiceDate: "2020-08-25",
  dueDate: "2020-10-24",
  amount,
});

beforeAll(async () => {
  ({ token } = await createErpToken(db, "read-back"));
  await createTestCustomer("10001");
  await createTestCustomer("10002", "Autoparts Lefèvre");
  await runErpBatch(
    "delivered-lines",
    [deliveredRow(1), deliveredRow(2, { quantityOrdered: 5, quantityDelivered: 5 })],
    source,
  );
  await runErpBatch("open-lines", [openLineRow(1)], source);
  await runErpBatch(
    "invoices",
    [
      invoice("MVF3000001", "10001", "100.00"),
      invoice("MVF3000002", "10001", "250.50"),
      invoice("MVF3000003", "10002", "999.00"),
    ],
    source,
  );
  await runErpBatch(
    "payments",
    [{ erpKey: "RB-1", invoiceNumber: "MVF3000001", amount: "40.00", paidOn: "2020-09-01" }],
    source,
  );
});

describe("GET read-back", () => {
  it("lists a customer's invoices with paid amounts and the count and sums of all that match", async () => {
    const response = await get(getInvoices, "/invoices?customerNumber=10001");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.totals).toEqual({ count: 2, amount: "350.50", paidAmount: "40.00" });
    expect(body.items).toMatchObject([
      {
        number: "MVF3000001",
        customerNumber: "10001",
        amount: "100.00",
        paidAmount: "40.00",
        settled: false,
      },
      { number: "MVF3000002", amount: "250.50" },
    ]);
    expect(body.nextAfter).toBeNull();
  });

  it("pages by nextAfter and keeps the totals of the whole set", async () => {
    const first = await (await get(getInvoices, "/invoices?limit=2")).json();
    expect(first.items).toHaveLength(2);
    expect(first.totals.count).toBe(3);
    const rest = await (await get(getInvoices, `/invoices?limit=2&after=${first.nextAfter}`)).json();
    expect([...first.items, ...rest.items].map((i: { number: string }) => i.number)).toEqual([
      "MVF3000001",
      "MVF3000002",
      "MVF3000003",
    ]);
  });

  it("filters by updatedSince", async () => {
    const future = new Date(Date.now() + 60_000).toISOString();
    const body = await (
      await get(getInvoices, `/invoices?updatedSince=${encodeURIComponent(future)}`)
    ).json();
    expect(body).toMatchObject({ items: [], totals: { count: 0, amount: "0.00" } });
  });

  it("serves every entity in the shape it was sent", async () => {
    const customers = await (await get(getCustomers, "/customers?customerNumber=10002")).json();
    expect(customers.items).toMatchObject([{ erpNumber: "10002", name: "Autoparts Lefèvre" }]);
    const lines = await (await get(getDeliveredLines, "/delivered-lines?customerNumber=10001")).json();
    expect(lines.totals).toEqual({ count: 2, quantityDelivered: 7 });
    expect(lines.items[0]).toMatchObject({
      erpKey: "DL-1",
      netUnitPrice: "370.00",
      deliveryDate: "2020-10-01",
    });
    const open = await (await get(getOpenLines, "/open-lines")).json();
    expect(open.items).toMatchObject([{ erpKey: "OL-1", expectedDate: "2020-11-10" }]);
    const payments = await (await get(getPayments, "/payments?customerNumber=10001")).json();
    expect(payments).toMatchObject({
      items: [{ erpKey: "RB-1", invoiceNumber: "MVF3000001", amount: "40.00", overpayment: false }],
      totals: { count: 1, amount: "40.00" },
    });
  });

  it("answers a bad query with a 400 problem naming the parameter", async () => {
    const response = await get(getInvoices, "/invoices?limit=0&colour=red");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["colour", "limit"]);
  });
});
