import { beforeEach, describe, expect, it } from "vitest";
import { DELETE, GET, PATCH, POST, PUT } from "@/app/api/erp/[[...path]]/route";
import * as customersRoute from "@/app/api/erp/v1/customers/route";
import { POST as postDeliveredLines } from "@/app/api/erp/v1/delivered-lines/route";
import * as documentsRoute from "@/app/api/erp/v1/documents/route";
import * as rmasRoute from "@/app/api/erp/v1/rmas/route";
import { db } from "@/lib/db/client";
import { createTestCustomer, deliveredRow } from "./test-fixtures";
import { createErpToken } from "./tokens";

// ERP API 1.1: errors as RFC 9457 problem details, per-row errors with a path and a stable code,
// JSON 404/405 for every path under /api/erp/ (issue 18, findings 7 and 9), and ?dryRun=true.
const base = "http://portal.test/api/erp/v1";
let token: string;
const request = (path: string, init: RequestInit = {}, auth = true) =>
  new Request(`${base}${path}`, {
    ...init,
    headers: {
      "content-type": "application/json",
      ...(auth ? { authorization: `Bearer ${token}` } : {}),
    },
  });

beforeEach(async () => {
  await db.auditEntry.deleteMany();
  await db.erpToken.deleteMany();
  await db.deliveredLine.deleteMany();
  await db.customer.deleteMany();
  await createTestCustomer();
  ({ token } = await createErpToken(db, "ERP test"));
});

describe("rejected rows", () => {
  it("name each field with a stable code and a plain message", async () => {
    const { erpKey: _key, ...noKey } = deliveredRow(1);
    const rows = [
      { ...deliveredRow(1), quantityOrdered: undefined },
      { ...deliveredRow(2), quantityOrdered: "two", colour: "red" },
      { ...deliveredRow(3), customerNumber: "99999" },
      { ...deliveredRow(4), salesOrderNumber: "X1", articleName: "   " },
      noKey,
      deliveredRow(6, { quantityDelivered: 3 }),
    ];
    const response = await postDeliveredLines(
      request("/delivered-lines", { method: "POST", body: JSON.stringify({ rows }) }),
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.rejected).toEqual([
      {
        index: 0,
        key: "DL-1",
        errors: [{ path: "quantityOrdered", code: "required", message: "is required" }],
      },
      {
        index: 1,
        key: "DL-2",
        errors: expect.arrayContaining([
          { path: "quantityOrdered", code: "invalid_type", message: "must be a number" },
          { path: "colour", code: "unknown_field", message: "is not a field of this entity" },
        ]),
      },
      {
        index: 2,
        key: "DL-3",
        errors: [{ path: "customerNumber", code: "unknown_customer", message: 'unknown customer "99999"' }],
      },
      {
        index: 3,
        key: "DL-4",
        errors: [
          { path: "salesOrderNumber", code: "invalid_format", message: "must be MVO followed by 7 digits" },
          { path: "articleName", code: "required", message: "is required" },
        ],
      },
      { index: 4, errors: [{ path: "erpKey", code: "required", message: "is required" }] },
      {
        index: 5,
        key: "DL-6",
        errors: [
          { path: "quantityDelivered", code: "inconsistent", message: "must not exceed quantityOrdered" },
        ],
      },
    ]);
  });
});

describe("request errors", () => {
  it("are application/problem+json with type, title, status, detail and code", async () => {
    const response = await postDeliveredLines(
      request(
        "/delivered-lines",
        { method: "POST", body: JSON.stringify({ rows: [deliveredRow(1)] }) },
        false,
      ),
    );
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({
      type: "tag:dealer-portal,2026:erp/unauthenticated",
      title: "Missing, unknown or revoked bearer token",
      status: 401,
      code: "UNAUTHENTICATED",
    });
    const malformed = await postDeliveredLines(request("/delivered-lines", { method: "POST", body: "{}" }));
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({
      status: 400,
      code: "VALIDATION",
      errors: [{ path: "rows", code: "required", message: "is required" }],
    });
  });

  it("answer a wrong method with 405 JSON and Allow", async () => {
    for (const [method, handler] of [
      ["PUT", customersRoute.PUT],
      ["DELETE", customersRoute.DELETE],
      ["PATCH", customersRoute.PATCH],
    ] as const) {
      const response = await handler(request("/customers", { method }));
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD, POST");
      expect(await response.json()).toMatchObject({ status: 405, code: "METHOD_NOT_ALLOWED" });
    }
    const documents = await documentsRoute.GET(request("/documents", { method: "GET" }));
    expect([documents.status, documents.headers.get("allow")]).toEqual([405, "POST"]);
    const post = await rmasRoute.POST(request("/rmas", { method: "POST", body: "{}" }));
    expect([post.status, post.headers.get("allow")]).toEqual([405, "GET, HEAD"]);
  });

  it("answer an unknown path under /api/erp/ with 404 JSON for every method", async () => {
    const handlers = { GET, POST, PUT, PATCH, DELETE };
    for (const [method, handler] of Object.entries(handlers)) {
      const response = await handler(request("/nope", { method }));
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(await response.json()).toMatchObject({ status: 404, code: "NOT_FOUND" });
    }
  });
});

describe("dryRun=true", () => {
  it("answers as the real write would and writes nothing", async () => {
    const body = JSON.stringify({ rows: [deliveredRow(1), deliveredRow(2, { customerNumber: "99999" })] });
    const dry = await postDeliveredLines(request("/delivered-lines?dryRun=true", { method: "POST", body }));
    const dryBody = await dry.json();
    expect(dryBody).toMatchObject({ dryRun: true, created: 1, rejected: [{ index: 1 }] });
    expect(await db.deliveredLine.count()).toBe(0);
    const real = await (
      await postDeliveredLines(request("/delivered-lines", { method: "POST", body }))
    ).json();
    expect({ ...real, dryRun: true }).toEqual(dryBody);
    expect(await db.deliveredLine.count()).toBe(1);
  });
});
