import { beforeEach, describe, expect, it } from "vitest";
import { POST as postDeliveredLines } from "@/app/api/erp/v1/delivered-lines/route";
import { POST as postInvoices } from "@/app/api/erp/v1/invoices/route";
import { GET as getOpenApi } from "@/app/api/erp/v1/openapi.json/route";
import { POST as postPayments } from "@/app/api/erp/v1/payments/route";
import { GET as getRmas } from "@/app/api/erp/v1/rmas/route";
import { db } from "@/lib/db/client";
import { createTestCustomer, deliveredRow } from "@/lib/erp/test-fixtures";
import { createErpToken, revokeErpToken } from "@/lib/erp/tokens";

const url = "http://portal.test/api/erp/v1/delivered-lines";
const post = (token: string | null, body: string, headers: Record<string, string> = {}) =>
  new Request(url, {
    method: "POST",
    body,
    headers: {
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
  });

const readRmas = (secret: string) =>
  getRmas(
    new Request("http://portal.test/api/erp/v1/rmas", { headers: { authorization: `Bearer ${secret}` } }),
  );

let token: string;
let tokenId: number;

beforeEach(async () => {
  await db.auditEntry.deleteMany();
  await db.erpToken.deleteMany();
  await db.payment.deleteMany();
  await db.invoice.deleteMany();
  await db.deliveredLine.deleteMany();
  await db.customer.deleteMany();
  await createTestCustomer();
  ({ token, id: tokenId } = await createErpToken(db, "ERP test"));
});

describe("ERP API authentication and limits", () => {
  it("accepts a valid token and answers row by row", async () => {
    const response = await postDeliveredLines(
      post(token, JSON.stringify({ rows: [deliveredRow(1), deliveredRow(2, { quantityDelivered: 9 })] })),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      received: 2,
      created: 1,
      rejected: [{ index: 1, key: "DL-2" }],
    });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "erp.import.delivered-lines" } });
    expect(audit).toMatchObject({
      actorRole: "ERP",
      objectId: String(tokenId),
      after: { created: 1, rejected: 1 },
    });
    expect((await db.erpToken.findUniqueOrThrow({ where: { id: tokenId } })).lastUsedAt).not.toBeNull();
  });

  it("answers 401 for a missing, unknown or revoked token", async () => {
    const body = JSON.stringify({ rows: [deliveredRow(1)] });
    expect((await postDeliveredLines(post(null, body))).status).toBe(401);
    expect((await postDeliveredLines(post("erp_unknown", body))).status).toBe(401);
    await revokeErpToken(db, tokenId);
    const revoked = await postDeliveredLines(post(token, body));
    expect(revoked.status).toBe(401);
    expect((await revoked.json()).error.code).toBe("UNAUTHENTICATED");
    expect(await db.deliveredLine.count()).toBe(0);
  });

  it("answers 400 for a malformed body and 413 for a body that is too large", async () => {
    expect((await postDeliveredLines(post(token, "{ rows: nope"))).status).toBe(400);
    expect((await postDeliveredLines(post(token, JSON.stringify({ lines: [] })))).status).toBe(400);
    expect((await postDeliveredLines(post(token, JSON.stringify({ rows: [] })))).status).toBe(400);
    expect(
      (await postDeliveredLines(post(token, "{}", { "content-length": String(11 * 1024 * 1024) }))).status,
    ).toBe(413);
    const big = JSON.stringify({ rows: [{ pad: "x".repeat(10 * 1024 * 1024 + 10) }] });
    expect((await postDeliveredLines(post(token, big))).status).toBe(413);
  });

  it("answers exactly 60 of 90 simultaneous requests with one token, 429 with Retry-After the rest", async () => {
    const responses = await Promise.all(Array.from({ length: 90 }, () => readRmas(token)));
    const statuses = responses.map((r) => r.status);
    const answered = (status: number) => statuses.filter((s) => s === status).length;
    expect([answered(200), answered(429)]).toEqual([60, 30]);
    const refused = responses.find((r) => r.status === 429)!;
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(refused.headers.get("x-ratelimit-remaining")).toBe("0");
    expect((await refused.json()).error.code).toBe("RATE_LIMITED");
    const passed = responses.filter((r) => r.status === 200);
    const remaining = passed.map((r) => Number(r.headers.get("x-ratelimit-remaining")));
    expect(remaining.sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i));
    for (const r of responses) {
      expect(r.headers.get("x-ratelimit-limit")).toBe("60");
      expect(Number(r.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);
    }
  });

  it("gives another token its own 60 requests", async () => {
    const other = await createErpToken(db, "Other ERP");
    await Promise.all(Array.from({ length: 61 }, () => readRmas(token)));
    const answers = await Promise.all(Array.from({ length: 60 }, () => readRmas(other.token)));
    expect(answers.every((r) => r.status === 200)).toBe(true);
  });
});

describe("invoices and payments", () => {
  it("keeps paidAmount as the sum of the payments and settles the invoice when it is paid", async () => {
    const invoice = {
      number: "MVF2002248",
      customerNumber: "10001",
      invoiceDate: "2020-08-25",
      dueDate: "2020-10-24",
      amount: "971.63",
    };
    expect((await postInvoices(post(token, JSON.stringify({ rows: [invoice] })))).status).toBe(200);
    const pay = (rows: unknown[]) => postPayments(post(token, JSON.stringify({ rows })));
    await pay([{ erpKey: "P1", invoiceNumber: "MVF2002248", amount: "500.00", paidOn: "2020-09-01" }]);
    let stored = await db.invoice.findUniqueOrThrow({ where: { number: "MVF2002248" } });
    expect([stored.paidAmount.toFixed(2), stored.settled]).toEqual(["500.00", false]);
    const result = await (
      await pay([
        { erpKey: "P1", invoiceNumber: "MVF2002248", amount: "500.00", paidOn: "2020-09-01" },
        { erpKey: "P2", invoiceNumber: "MVF2002248", amount: 471.63, paidOn: "2020-09-15" },
        { erpKey: "P3", invoiceNumber: "MVF9999999", amount: 1, paidOn: "2020-09-15" },
      ])
    ).json();
    expect(result).toMatchObject({
      created: 1,
      unchanged: 1,
      rejected: [
        {
          index: 2,
          errors: [
            { path: "invoiceNumber", code: "unknown_invoice", message: 'unknown invoice "MVF9999999"' },
          ],
        },
      ],
    });
    stored = await db.invoice.findUniqueOrThrow({ where: { number: "MVF2002248" } });
    expect([stored.paidAmount.toFixed(2), stored.settled]).toEqual(["971.63", true]);
  });
});

describe("read side", () => {
  it("pages RMAs by an opaque cursor and refuses a forged one", async () => {
    const get = (query: string) =>
      getRmas(
        new Request(`http://portal.test/api/erp/v1/rmas${query}`, {
          headers: { authorization: `Bearer ${token}` },
        }),
      );
    const empty = await (await get("")).json();
    expect(empty.items).toEqual([]);
    expect(typeof empty.nextCursor).toBe("string");
    expect((await get("?since=garbage")).status).toBe(400);
    expect((await get("?limit=0")).status).toBe(400);
  });

  it("writes no audit entry for a read", async () => {
    const response = await readRmas(token);
    expect(response.status).toBe(200);
    expect(await db.auditEntry.count()).toBe(0);
  });

  it("serves an OpenAPI 3.1 document with every path", async () => {
    const doc = await (await getOpenApi()).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/customers",
        "/delivered-lines",
        "/open-lines",
        "/invoices",
        "/payments",
        "/documents",
        "/rmas",
        "/warranty-claims",
      ]),
    );
    expect(doc.components.securitySchemes.bearerAuth.scheme).toBe("bearer");
  });
});
