import { generate } from "json-schema-faker";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postCustomers } from "@/app/api/erp/v1/customers/route";
import { POST as postDeliveredLines } from "@/app/api/erp/v1/delivered-lines/route";
import { POST as postDocuments } from "@/app/api/erp/v1/documents/route";
import { POST as postInvoices } from "@/app/api/erp/v1/invoices/route";
import { POST as postOpenLines } from "@/app/api/erp/v1/open-lines/route";
import { POST as postPayments } from "@/app/api/erp/v1/payments/route";
import { POST as postRmaReceipts } from "@/app/api/erp/v1/rmas/[number]/receipts/route";
import { POST as postClaimStatus } from "@/app/api/erp/v1/warranty-claims/[number]/status/route";
import { db } from "@/lib/db/client";
import { createClaim, createOpenRma, createStaffAndDealer } from "@/lib/staff/test-fixtures";
import { buildOpenApiDocument } from "./openapi";
import { ROW_ERROR_CODES } from "./row-errors";
import type { TErpEntity } from "./schema";
import { createErpToken } from "./tokens";

// Every write endpoint fuzzed with bodies generated from the OpenAPI document (json-schema-faker,
// fixed seed): no answer is a 500, and no row is refused for its shape. Refusals that depend on
// stored data (an unknown customer or invoice) or on a rule across fields stated in a
// description (delivered ≤ ordered, due ≥ invoice date, signs) are expected and allowed.
const HANDLERS: Record<TErpEntity, (request: Request) => Promise<Response>> = {
  customers: postCustomers,
  "delivered-lines": postDeliveredLines,
  "open-lines": postOpenLines,
  invoices: postInvoices,
  payments: postPayments,
  documents: postDocuments,
};
const SHAPE_CODES = new Set<string>([
  "required",
  "invalid_type",
  "invalid_format",
  "invalid_date",
  "invalid_value",
  "unknown_field",
  "too_long",
  "too_small",
  "too_large",
]);
const BODIES_PER_ENTITY = 12;
const doc = buildOpenApiDocument() as unknown as {
  paths: Record<string, { post: { requestBody: { content: Record<string, { schema: unknown }> } } }>;
};
// Half the rows name a stored customer and invoice (still schema-valid values), so the bodies
// reach the writes, not only the "unknown customer" refusal.
beforeAll(async () => {
  const customer = await db.customer.create({ data: { erpNumber: "10001", name: "Garage Dupont" } });
  await db.invoice.create({
    data: {
      customerId: customer.id,
      number: "MVF2000001",
      invoiceDate: new Date("2020-08-25"),
      dueDate: new Date("2020-10-24"),
      amount: "9999999.99",
    },
  });
});
function aimAtStoredRows(body: unknown): unknown {
  const rows = (body as { rows: Record<string, unknown>[] }).rows;
  rows.forEach((row, i) => {
    if (i % 2 === 1) return;
    if ("customerNumber" in row) row.customerNumber = "10001";
    if ("invoiceNumber" in row) row.invoiceNumber = "MVF2000001";
    delete row.moveFromCustomer;
  });
  return body;
}

describe("fuzzing every write endpoint with schema-valid bodies (seed 1800)", () => {
  it.each(Object.keys(HANDLERS) as TErpEntity[])("%s: no 500, no refusal of its shape", async (entity) => {
    const schema = doc.paths[`/${entity}`]!.post.requestBody.content["application/json"]!.schema;
    const { token } = await createErpToken(db, `fuzz ${entity}`); // its own 60 requests a minute
    const statuses: number[] = [];
    const shapeRefusals: string[] = [];
    let written = 0;
    for (let i = 0; i < BODIES_PER_ENTITY; i++) {
      const body = aimAtStoredRows(await generate(schema as never, { seed: 1800 + i, maxItems: 5 }));
      const dryRun = i % 2 === 0 ? "?dryRun=true" : "";
      const response = await HANDLERS[entity](
        new Request(`http://portal.test/api/erp/v1/${entity}${dryRun}`, {
          method: "POST",
          body: JSON.stringify(body),
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        }),
      );
      statuses.push(response.status);
      const answer = (await response.json()) as {
        created?: number;
        updated?: number;
        rejected?: { errors: { path: string; code: string }[] }[];
      };
      written += (answer.created ?? 0) + (answer.updated ?? 0);
      for (const row of answer.rejected ?? [])
        for (const error of row.errors) {
          expect(ROW_ERROR_CODES).toContain(error.code);
          if (SHAPE_CODES.has(error.code)) shapeRefusals.push(`${error.path}: ${error.code}`);
        }
    }
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(shapeRefusals).toEqual([]);
    expect(written, "rows that reached the database").toBeGreaterThan(0);
  });
});

// The write-back endpoints (1.1), each body against a fresh RMA or claim: schema-valid bodies are
// never a 400 nor a 500; what the stored record refuses (a line of another RMA, a status that
// cannot follow, a refusal without reaction) is a 409 or 422 with a stable code, never a shape code.
type TWriteBack = {
  path: string;
  handler: (request: Request, context: { params: Promise<{ number: string }> }) => Promise<Response>;
  target: () => Promise<{ number: string; lineIds: number[] }>;
};
const WRITE_BACKS: Record<string, TWriteBack> = {
  receipts: {
    path: "/rmas/{number}/receipts",
    handler: postRmaReceipts,
    target: async () => {
      const { customer, dealerUser } = await createStaffAndDealer();
      const big = { delivered: 1_000_000, expected: 1_000_000 };
      const { rma, lines } = await createOpenRma(customer.id, dealerUser.id, [big, big, big]);
      return { number: rma.number, lineIds: lines.map((l) => l.line.id) };
    },
  },
  "claim status": {
    path: "/warranty-claims/{number}/status",
    handler: postClaimStatus,
    target: async () => {
      const { customer, dealerUser } = await createStaffAndDealer();
      return { number: (await createClaim(customer.id, dealerUser.id)).number, lineIds: [] };
    },
  },
};

describe("fuzzing the write-back endpoints with schema-valid bodies (seed 1810)", () => {
  it.each(Object.keys(WRITE_BACKS))(
    "%s: no 500, no 400, no refusal of its shape",
    async (name) => {
      const op = WRITE_BACKS[name]!;
      const schema = doc.paths[op.path]!.post.requestBody.content["application/json"]!.schema;
      const { token } = await createErpToken(db, `fuzz ${name}`);
      const statuses: number[] = [];
      const shapeRefusals: string[] = [];
      for (let i = 0; i < BODIES_PER_ENTITY; i++) {
        const target = await op.target();
        const body = (await generate(schema as never, { seed: 1810 + i, maxItems: 3 })) as {
          lines?: { id: number }[];
        };
        // Aim the lines at the RMA's own lines (one each), so bodies reach the staff step.
        body.lines?.forEach((line, n) => {
          if (n < target.lineIds.length) line.id = target.lineIds[n]!;
        });
        const dryRun = i % 2 === 0 ? "?dryRun=true" : "";
        const response = await op.handler(
          new Request(`http://portal.test/api/erp/v1${op.path.replace("{number}", target.number)}${dryRun}`, {
            method: "POST",
            body: JSON.stringify(body),
            headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          }),
          { params: Promise.resolve({ number: target.number }) },
        );
        statuses.push(response.status);
        if (response.status === 200) continue;
        const problem = (await response.json()) as { errors?: { path: string; code: string }[] };
        for (const error of problem.errors ?? []) {
          expect(ROW_ERROR_CODES).toContain(error.code);
          if (SHAPE_CODES.has(error.code)) shapeRefusals.push(`${error.path}: ${error.code}`);
        }
      }
      expect(statuses.filter((s) => ![200, 409, 422].includes(s))).toEqual([]);
      expect(shapeRefusals).toEqual([]);
      expect(statuses.filter((s) => s === 200).length, "bodies that were carried out").toBeGreaterThan(0);
    },
    180_000,
  ); // 12 fresh RMAs or claims each; the shared 2-core machine may be busy
});
