import { beforeEach, describe, expect, it } from "vitest";
import { POST as postCustomers } from "@/app/api/erp/v1/customers/route";
import { POST as postDeliveredLines } from "@/app/api/erp/v1/delivered-lines/route";
import { POST as postDocuments } from "@/app/api/erp/v1/documents/route";
import { POST as postInvoices } from "@/app/api/erp/v1/invoices/route";
import { POST as postOpenLines } from "@/app/api/erp/v1/open-lines/route";
import { POST as postPayments } from "@/app/api/erp/v1/payments/route";
import { GET as getRmas } from "@/app/api/erp/v1/rmas/route";
import { GET as getClaims } from "@/app/api/erp/v1/warranty-claims/route";
import {
  encodeQueryValue,
  HOSTILE_NUMBER_TEXTS,
  HOSTILE_STRINGS,
  MALFORMED_BODIES,
  WRONG_SCALARS,
  WRONG_TYPES,
} from "@/e2e/trust/hostile-inputs";
import { db } from "@/lib/db/client";
import type { TErpEntity } from "@/lib/erp/schema";
import { createTestCustomer, deliveredRow, openLineRow } from "@/lib/erp/test-fixtures";
import { createErpToken } from "@/lib/erp/tokens";

// The ERP API fed hostile input (issue 9): every import endpoint gets every hostile string in
// every field, wrong types and malformed bodies; both feeds get hostile cursors and limits.
// Never a 500; a refused row or body changes nothing; an accepted string is stored as sent.
const pdfBase64 = Buffer.from("%PDF-1.4\n% hostile\n%%EOF\n").toString("base64");

type TEndpoint = {
  entity: TErpEntity;
  post: (request: Request) => Promise<Response>;
  row: (i: number) => Record<string, unknown>;
  /** The stored row (as JSON) of a key, or null. */
  stored: (key: string) => Promise<Record<string, unknown> | null>;
};

const storedBy = (table: string, column: string) => async (key: string) => {
  const rows = await db.$queryRawUnsafe<{ j: string }[]>(
    `SELECT row_to_json(t)::text AS j FROM "${table}" t WHERE "${column}" = $1`,
    key,
  );
  return rows[0] ? (JSON.parse(rows[0].j) as Record<string, unknown>) : null;
};

const ENDPOINTS: TEndpoint[] = [
  {
    entity: "customers",
    post: postCustomers,
    row: (i) => ({
      erpNumber: `H${i}`,
      name: "Garage",
      street: "Straat 1",
      postalCode: "1234 AB",
      city: "Stad",
      country: "NL",
      email: `g${i}@dealer.test`,
    }),
    stored: storedBy("Customer", "erpNumber"),
  },
  {
    entity: "delivered-lines",
    post: postDeliveredLines,
    row: (i) => deliveredRow(i),
    stored: storedBy("DeliveredLine", "erpKey"),
  },
  {
    entity: "open-lines",
    post: postOpenLines,
    row: (i) => openLineRow(i),
    stored: storedBy("OpenOrderLine", "erpKey"),
  },
  {
    entity: "invoices",
    post: postInvoices,
    row: (i) => ({
      number: `MVF${3000000 + i}`,
      customerNumber: "10001",
      invoiceDate: "2020-08-25",
      dueDate: "2020-10-24",
      amount: "10.00",
    }),
    stored: storedBy("Invoice", "number"),
  },
  {
    entity: "payments",
    post: postPayments,
    row: (i) => ({ erpKey: `P${i}`, invoiceNumber: "MVF2002248", amount: "1.00", paidOn: "2020-09-01" }),
    stored: storedBy("Payment", "erpKey"),
  },
  {
    entity: "documents",
    post: postDocuments,
    row: (i) => ({
      invoiceNumber: `MVF${4000000 + i}`,
      fileName: `invoice-${i}.pdf`,
      contentBase64: pdfBase64,
    }),
    stored: async (key) => {
      const rows = await db.$queryRawUnsafe<{ j: string }[]>(
        `SELECT row_to_json(d)::text AS j FROM "Document" d JOIN "Invoice" i ON i."documentId" = d.id WHERE i.number = $1`,
        key,
      );
      return rows[0] ? (JSON.parse(rows[0].j) as Record<string, unknown>) : null;
    },
  },
];

const TABLES = [
  "Customer",
  "DeliveredLine",
  "OpenOrderLine",
  "Invoice",
  "Payment",
  "Document",
  "Rma",
  "WarrantyClaim",
];

/** Count and content hash of every table the API can write. */
async function fingerprint(): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    const [row] = await db.$queryRawUnsafe<{ n: number; h: string }[]>(
      `SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t.id)), '') AS h FROM "${table}" t`,
    );
    result[table] = `${row!.n}:${row!.h}`;
  }
  return result;
}

let token: string;

/** The hostile tests send more than a minute's worth of requests: each starts with a fresh rate limit. */
async function send(
  endpoint: { post: (r: Request) => Promise<Response> },
  body: string | Uint8Array,
  headers: Record<string, string> = {},
) {
  await db.rateLimitBucket.deleteMany();
  const response = await endpoint.post(
    new Request(`http://portal.test/api/erp/v1/x`, {
      method: "POST",
      body: body as BodyInit,
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...headers },
    }),
  );
  expect(
    response.status,
    `status for ${typeof body === "string" ? body.slice(0, 80) : "bytes"}`,
  ).toBeLessThan(500);
  return response;
}

type TBatchAnswer = {
  received: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: Array<{ index: number; errors: string[] }>;
};

beforeEach(async () => {
  await db.$executeRawUnsafe(`TRUNCATE "Customer", "Document", "ErpToken", "AuditEntry" CASCADE`);
  await createTestCustomer();
  ({ token } = await createErpToken(db, "hostile"));
  const customer = await db.customer.findUniqueOrThrow({ where: { erpNumber: "10001" } });
  await db.invoice.create({
    data: {
      number: "MVF2002248",
      customerId: customer.id,
      invoiceDate: new Date("2020-08-25"),
      dueDate: new Date("2020-10-24"),
      amount: "971.63",
    },
  });
  await db.invoice.createMany({
    data: Array.from({ length: 400 }, (_, i) => ({
      number: `MVF${4000000 + i}`,
      customerId: customer.id,
      invoiceDate: new Date("2020-08-25"),
      dueDate: new Date("2020-10-24"),
      amount: "1.00",
    })),
  });
});

describe("ERP import endpoints fed hostile strings", () => {
  for (const endpoint of ENDPOINTS) {
    it(`${endpoint.entity}: every field × every hostile string is refused per row or stored exactly as sent`, async () => {
      const fields = Object.keys(endpoint.row(0));
      let sent = 0;
      for (const [f, field] of fields.entries()) {
        const before = await fingerprint();
        // One row per hostile string, each with a key of its own (unless the key is the field under attack).
        const rows = HOSTILE_STRINGS.map((h, i) => ({ ...endpoint.row(100 * f + i), [field]: h.value }));
        sent += rows.length;
        const answer = (await (await send(endpoint, JSON.stringify({ rows }))).json()) as TBatchAnswer;
        expect(answer.received).toBe(rows.length);
        const rejected = new Map(answer.rejected.map((r) => [r.index, r.errors]));
        for (const [i, h] of HOSTILE_STRINGS.entries()) {
          const errors = rejected.get(i);
          const key = String(rows[i]![fields[0]!]).trim();
          if (errors) {
            expect(errors.length, `${field} ← ${h.name}`).toBeGreaterThan(0);
            expect(errors.join(" "), `${field} ← ${h.name}: a clear message`).toMatch(/[a-z]{3}/);
            continue;
          }
          const stored = await endpoint.stored(key);
          expect(stored, `${field} ← ${h.name} accepted, so stored`).not.toBeNull();
          expect(Object.values(stored!), `${field} ← ${h.name} stored exactly as sent`).toContain(
            h.value.trim(),
          );
        }
        // NUL, lone surrogates and over-long text can never be stored as sent: always refused.
        for (const name of ["NUL", "lone high surrogate", "lone low surrogate", "10,000 characters"]) {
          expect(
            rejected.has(HOSTILE_STRINGS.findIndex((h) => h.name === name)),
            `${endpoint.entity}.${field} ← ${name} refused`,
          ).toBe(true);
        }
        if (answer.rejected.length === rows.length)
          expect(await fingerprint(), `${field}: all refused, nothing changed`).toEqual(before);
        // What was there before is untouched: only new keys were written.
        expect(answer.updated, `${field}: no existing row overwritten`).toBe(0);
      }
      expect(sent).toBe(fields.length * HOSTILE_STRINGS.length);
    });
  }
});

describe("ERP import endpoints fed wrong types", () => {
  for (const endpoint of ENDPOINTS) {
    it(`${endpoint.entity}: objects and arrays in any field are refused, and a refused batch changes nothing`, async () => {
      const fields = Object.keys(endpoint.row(0));
      const rows = fields.flatMap((field) =>
        WRONG_TYPES.map((w) => ({ ...endpoint.row(0), [field]: w.value })),
      );
      const before = await fingerprint();
      const answer = (await (await send(endpoint, JSON.stringify({ rows }))).json()) as TBatchAnswer;
      expect(answer.rejected.map((r) => r.index)).toEqual(rows.map((_, i) => i));
      expect(await fingerprint()).toEqual(before);
    });

    it(`${endpoint.entity}: wrong scalars, unknown fields and non-object rows never fail the batch`, async () => {
      const fields = Object.keys(endpoint.row(0));
      const rows: unknown[] = [
        ...fields.flatMap((field) =>
          WRONG_SCALARS.map((w, i) => ({ ...endpoint.row(500 + i), [field]: w.value })),
        ),
        null,
        42,
        "row",
        [],
        [endpoint.row(1)],
        { ...endpoint.row(2), extra: "x" },
        JSON.parse(`{"__proto__": {"admin": true}, ${JSON.stringify(endpoint.row(3)).slice(1)}`),
        Object.fromEntries(Object.keys(endpoint.row(4)).map((k) => [k.toUpperCase(), endpoint.row(4)[k]])),
      ];
      const response = await send(endpoint, JSON.stringify({ rows }));
      expect(response.status).toBe(200);
      const answer = (await response.json()) as TBatchAnswer;
      expect(answer.received).toBe(rows.length);
      const tail = rows.length - 8;
      // The last eight are never rows of this entity.
      expect(answer.rejected.filter((r) => r.index >= tail).map((r) => r.index)).toEqual(
        [0, 1, 2, 3, 4, 5, 6, 7].map((i) => tail + i),
      );
      expect(answer.created + answer.updated + answer.unchanged + answer.rejected.length).toBe(rows.length);
    });
  }
});

describe("ERP import endpoints fed malformed bodies", () => {
  it("answers 4xx with a JSON error for every malformed body and writes nothing", async () => {
    const before = await fingerprint();
    let sent = 0;
    for (const endpoint of ENDPOINTS) {
      for (const { name, body } of MALFORMED_BODIES) {
        const response = await send(endpoint, body);
        sent++;
        expect(response.status, `${endpoint.entity} ← ${name}`).toBeGreaterThanOrEqual(400);
        const json = (await response.json()) as { error?: { code: string; message: string } };
        expect(json.error?.message, `${endpoint.entity} ← ${name}`).toMatch(/[a-z]{3}/);
      }
      // Too many rows: refused as a whole.
      const tooMany = await send(
        endpoint,
        JSON.stringify({ rows: Array.from({ length: 5001 }, (_, i) => endpoint.row(i)) }),
      );
      expect(tooMany.status).toBe(400);
      // Content types other than JSON are read as JSON or refused; never a crash.
      await send(endpoint, JSON.stringify({ rows: [{}] }), { "content-type": "text/plain" });
      await send(endpoint, "rows=1", { "content-type": "application/x-www-form-urlencoded" });
      sent += 3;
    }
    expect(sent).toBe(ENDPOINTS.length * (MALFORMED_BODIES.length + 3));
    expect(await fingerprint()).toEqual(before);
  });

  it("answers 401 for hostile bearer tokens", async () => {
    for (const h of [
      ...HOSTILE_STRINGS.filter((s) => /^[\x20-\x7e]*$/.test(s.value)),
      { name: "erp_ + SQL", value: `erp_' OR '1'='1` },
    ]) {
      const response = await postCustomers(
        new Request("http://portal.test/api/erp/v1/customers", {
          method: "POST",
          body: JSON.stringify({ rows: [ENDPOINTS[0]!.row(0)] }),
          headers: { authorization: `Bearer ${h.value}` },
        }),
      );
      expect(response.status, h.name).toBe(401);
    }
    expect(await db.customer.count()).toBe(1);
  });
});

describe("ERP feeds fed hostile query parameters", () => {
  const feeds = [
    { name: "rmas", get: getRmas },
    { name: "warranty-claims", get: getClaims },
  ];
  const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const forgedCursors = [
    cursor(["2020-01-01T00:00:00.000Z", 2 ** 40]),
    cursor(["2020-01-01T00:00:00.000Z", -(2 ** 40)]),
    cursor(["-271821-04-20T00:00:00.000Z", 1]),
    cursor(["+275760-09-13T00:00:00.000Z", 1]),
    cursor(["0001-01-01T00:00:00.000Z", 1]),
    cursor(["2020-01-01T00:00:00.000Z", 1.5]),
    cursor({ updatedAt: "2020-01-01", id: 1 }),
    cursor([`'; DROP TABLE "Rma";--`, 1]),
    cursor("x".repeat(100)),
    "x".repeat(10_000),
  ];

  for (const feed of feeds) {
    it(`${feed.name}: hostile cursors and limits get 400 or a page, never a 500`, async () => {
      const get = async (query: string) => {
        await db.rateLimitBucket.deleteMany();
        const response = await feed.get(
          new Request(`http://portal.test/api/erp/v1/${feed.name}?${query}`, {
            headers: { authorization: `Bearer ${token}` },
          }),
        );
        expect(response.status, query.slice(0, 120)).toBeLessThan(500);
        return response;
      };
      const queries = [
        ...HOSTILE_STRINGS.map((h) => `since=${encodeQueryValue(h.value)}`),
        ...forgedCursors.map((c) => `since=${c}`),
        ...HOSTILE_NUMBER_TEXTS.map((n) => `limit=${encodeURIComponent(n)}`),
        "limit=1&limit=100000",
        "since=&limit=",
        "since[]=a",
        "limit[$gt]=0",
        "unknown=1",
      ];
      const statuses = new Set<number>();
      for (const query of queries) statuses.add((await get(query)).status);
      expect([...statuses].every((s) => s === 200 || s === 400)).toBe(true);
      // A cursor this API never gave out (ids beyond int4, dates PostgreSQL can't compare) is a 400.
      for (const forged of forgedCursors)
        expect((await get(`since=${forged}`)).status, Buffer.from(forged, "base64url").toString()).toBe(400);
      // A valid request still pages normally afterwards.
      expect((await get("limit=5")).status).toBe(200);
    });
  }
});
