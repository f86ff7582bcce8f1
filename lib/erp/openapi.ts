import { z } from "zod";
import { RATE_LIMIT_POLICIES } from "@/lib/rate-limit/policies";
import { feedPageSchema, ZClaimFeedItemSchema, ZFeedQuerySchema, ZRmaFeedItemSchema } from "./feed-schema";
import { MONEY_SCHEMAS, moneyJsonSchema } from "./fields";
import { READ_BACK_ENTITIES, type TReadBackEntity, ZReadBackQuerySchema } from "./read-back-schema";
import { ROW_ERROR_CODES } from "./row-errors";
import {
  ERP_ENTITIES,
  MAX_ROWS_PER_BATCH,
  ROW_SCHEMAS,
  type TErpEntity,
  ZBatchResultSchema,
  ZRowErrorSchema,
} from "./schema";
import {
  ZClaimStatusAnswerSchema,
  ZClaimStatusRequestSchema,
  ZRmaReceiptAnswerSchema,
  ZRmaReceiptSchema,
} from "./write-back-schema";

// The OpenAPI 3.1 document of the ERP API, generated from the same zod schemas that check
// the requests, so the two cannot drift apart. Redocly's recommended ruleset lints it with no
// warning (openapi.unit.test.ts).
export const ERP_API_VERSION = "1.1.0";

function toSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    target: "draft-2020-12",
    override: (ctx) => {
      const sign = MONEY_SCHEMAS.get(ctx.zodSchema as unknown as z.ZodType);
      if (!sign) return;
      for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
      Object.assign(ctx.jsonSchema, moneyJsonSchema(sign));
    },
  }) as Record<string, unknown>;
  return json;
}

const OPERATIONS: Record<TErpEntity, { id: string; summary: string }> = {
  customers: { id: "importCustomers", summary: "Upsert customers (dealer companies) by erpNumber" },
  "delivered-lines": { id: "importDeliveredLines", summary: "Upsert delivered order lines by erpKey" },
  "open-lines": {
    id: "importOpenLines",
    summary:
      "Upsert open (not fully delivered) order lines by erpKey; a new expectedDate is recorded as a change",
  },
  invoices: {
    id: "importInvoices",
    summary:
      "Upsert invoices and credit notes by number; a credit note with rmaNumber marks the RMA invoiced",
  },
  payments: {
    id: "importPayments",
    summary: "Upsert payments by erpKey; the invoice's paid amount and settled flag follow",
  },
  documents: { id: "importDocuments", summary: "Attach the PDF of an invoice or credit note (base64)" },
};

const problemSchema = {
  type: "object",
  description: "RFC 9457 problem details (application/problem+json)",
  properties: {
    type: { type: "string", format: "uri", description: "tag:dealer-portal,2026:erp/<code>" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    code: {
      type: "string",
      enum: [
        "VALIDATION",
        "UNAUTHENTICATED",
        "NOT_FOUND",
        "METHOD_NOT_ALLOWED",
        "CONFLICT",
        "UNPROCESSABLE",
        "RATE_LIMITED",
        "TOO_LARGE",
        "INTERNAL",
      ],
    },
    errors: { type: "array", items: { $ref: "#/components/schemas/RowError" } },
    error: {
      type: "object",
      deprecated: true,
      description: "1.0's error object (code and message); use code and title. Removed in 2.0.",
      properties: { code: { type: "string" }, message: { type: "string" } },
    },
  },
  required: ["type", "title", "status", "code"],
};
const problem = (description: string, headers?: Record<string, unknown>) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});
const ERP_LIMIT = RATE_LIMIT_POLICIES["erp-token"];
const commonErrors = {
  "400": problem("Malformed request; `errors` names each field with a stable code"),
  "401": problem("Missing, unknown or revoked token"),
  "405": problem("Method not allowed on this path", {
    Allow: { description: "The methods this path takes", schema: { type: "string" } },
  }),
  "429": problem(
    `More than ${ERP_LIMIT.limit} requests in ${ERP_LIMIT.windowSeconds} seconds for this token; ` +
      "Retry-After says when to try again. Every answer carries X-RateLimit-Limit, X-RateLimit-Remaining " +
      "and X-RateLimit-Reset (epoch seconds).",
  ),
};

const dryRunParameter = {
  name: "dryRun",
  in: "query",
  required: false,
  description: "true: the same answer as the real write, nothing written",
  schema: { type: "string", enum: ["true", "false"], default: "false" },
};

function writeBackPath(op: {
  summary: string;
  description: string;
  operationId: string;
  subject: string;
  request: z.ZodType;
  answer: z.ZodType;
  conflict: string;
  unprocessable: string;
}) {
  return {
    post: {
      summary: op.summary,
      description: op.description,
      operationId: op.operationId,
      tags: ["Write-back"],
      parameters: [
        {
          name: "number",
          in: "path",
          required: true,
          description: `The ${op.subject}'s number, as in the feed`,
          schema: { type: "string", maxLength: 50 },
        },
        dryRunParameter,
      ],
      requestBody: {
        required: true,
        content: { "application/json": { schema: toSchema(op.request, "input") } },
      },
      responses: {
        "200": {
          description: "Done, or already so (the same request again answers the same and changes nothing)",
          content: { "application/json": { schema: toSchema(op.answer, "output") } },
        },
        ...commonErrors,
        "404": problem(`No ${op.subject} with this number`),
        "409": problem(op.conflict),
        "413": problem("Body larger than 10 MB"),
        "422": problem(op.unprocessable),
      },
    },
  };
}

function documentPath() {
  return {
    get: {
      summary: "Download a document (a claim's attachment or reaction, an invoice's PDF) by its id",
      description:
        "The URLs in the claims feed's `attachments` point here. Content-Type is the document's own.",
      operationId: "getDocument",
      tags: ["Feed"],
      parameters: [
        {
          name: "id",
          in: "path",
          required: true,
          description: "The attachment's id from the feed",
          schema: { type: "string", pattern: "^[0-9]{1,9}$" },
        },
      ],
      responses: {
        "200": {
          description: "The bytes, as a download (an attachment with the document's file name)",
          content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } },
        },
        ...commonErrors,
        "404": problem("No document with this id"),
      },
    },
  };
}

function importPath(entity: TErpEntity) {
  const rowSchema = toSchema(ROW_SCHEMAS[entity], "input");
  return {
    post: {
      summary: OPERATIONS[entity].summary,
      description:
        "Every row is checked on its own; good rows land, refused ones are listed in `rejected`. " +
        "An omitted optional field keeps the stored value, null clears it.",
      operationId: OPERATIONS[entity].id,
      tags: ["Import"],
      parameters: [dryRunParameter],
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              additionalProperties: false,
              required: ["rows"],
              properties: {
                rows: { type: "array", minItems: 1, maxItems: MAX_ROWS_PER_BATCH, items: rowSchema },
              },
            },
          },
        },
      },
      responses: {
        "200": {
          description:
            "The batch was well-formed; each row landed or is listed in `rejected` with its errors",
          content: { "application/json": { schema: { $ref: "#/components/schemas/BatchResult" } } },
        },
        ...commonErrors,
        "413": problem("Body larger than 10 MB"),
      },
    },
  };
}

const READ_BACK_IDS: Record<TReadBackEntity, string> = {
  customers: "listCustomers",
  "delivered-lines": "listDeliveredLines",
  "open-lines": "listOpenLines",
  invoices: "listInvoices",
  payments: "listPayments",
};

function readBackOperation(entity: TReadBackEntity) {
  const query = toSchema(ZReadBackQuerySchema, "input") as {
    properties: Record<string, Record<string, unknown>>;
  };
  return {
    summary: `Read back ${entity} for reconciliation, by customer and updatedSince, oldest id first`,
    description:
      "Items have the fields of the import rows plus what the portal derives (e.g. paidAmount, settled, " +
      "quantityReturned) and updatedAt. totals hold the count (and sums) of every record that matches, " +
      "not only this page.",
    operationId: READ_BACK_IDS[entity],
    tags: ["Read-back"],
    parameters: Object.entries(query.properties).map(([name, schema]) => ({
      name,
      in: "query",
      required: false,
      schema,
    })),
    responses: {
      "200": {
        description: "One page",
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["items", "nextAfter", "totals"],
              properties: {
                items: { type: "array", items: { type: "object" } },
                nextAfter: {
                  type: ["integer", "null"],
                  description: "Pass as `after` for the next page; null on the last page",
                },
                totals: {
                  type: "object",
                  description:
                    "count, and per entity the sums: quantityDelivered, quantityOrdered, amount, paidAmount",
                  additionalProperties: { type: ["string", "integer"] },
                },
              },
            },
          },
        },
      },
      ...commonErrors,
    },
  };
}

function feedPath(summary: string, item: z.ZodType, operationId: string) {
  const query = toSchema(ZFeedQuerySchema, "input") as {
    properties: Record<string, Record<string, unknown>>;
  };
  return {
    get: {
      summary,
      operationId,
      tags: ["Feed"],
      parameters: Object.entries(query.properties).map(([name, schema]) => ({
        name,
        in: "query",
        required: false,
        schema,
      })),
      responses: {
        "200": {
          description: "Oldest first",
          content: { "application/json": { schema: toSchema(feedPageSchema(item), "output") } },
        },
        ...commonErrors,
      },
    },
  };
}

export function buildOpenApiDocument(serverUrl = "/api/erp/v1") {
  const paths: Record<string, Record<string, unknown>> = Object.fromEntries(
    ERP_ENTITIES.map((e) => [`/${e}`, importPath(e)]),
  );
  for (const entity of READ_BACK_ENTITIES) paths[`/${entity}`]!.get = readBackOperation(entity);
  paths["/rmas"] = feedPath(
    "RMAs created or changed since the cursor, with their lines",
    ZRmaFeedItemSchema,
    "listRmas",
  );
  paths["/warranty-claims"] = feedPath(
    "Warranty claims created or changed since the cursor, with their events",
    ZClaimFeedItemSchema,
    "listWarrantyClaims",
  );
  paths["/rmas/{number}/receipts"] = writeBackPath({
    summary: "Receive or reject lines of an RMA, as staff do in the dashboard",
    description:
      "Per line (its id from the feed): RECEIVED with the quantity that arrived, or REJECTED with a reason, and " +
      "the date. The same effects as the staff dashboard: the delivered line's counters, the dealer's mail, " +
      "the audit trail (under this token's name). All lines or none.",
    operationId: "receiveRmaLines",
    subject: "RMA",
    request: ZRmaReceiptSchema,
    answer: ZRmaReceiptAnswerSchema,
    conflict:
      "A line was already received or rejected otherwise (already_handled), or the RMA is closed or invoiced " +
      "(rma_not_open); `errors` names each line",
    unprocessable:
      "A line is not one of this RMA (unknown_rma_line), is in the receipt twice (duplicate_key), or more units " +
      "than expected (exceeds_expected); `errors` names each field",
  });
  paths["/warranty-claims/{number}/status"] = writeBackPath({
    summary: "Move a warranty claim on, with the distributor's reaction, as staff do in the dashboard",
    description:
      "The same effects as the staff dashboard: the reaction as a PDF on the claim, the dealer's event and mail, " +
      "the audit trail (under this token's name).",
    operationId: "setWarrantyClaimStatus",
    subject: "warranty claim",
    request: ZClaimStatusRequestSchema,
    answer: ZClaimStatusAnswerSchema,
    conflict: "The claim's status cannot move to this one (bad_transition)",
    unprocessable: "A refusal without a reaction while the claim has none yet (reaction_required)",
  });
  paths["/documents/{id}"] = documentPath();
  paths["/openapi.json"] = {
    get: {
      summary: "This document",
      operationId: "getOpenApiDocument",
      tags: ["Meta"],
      security: [],
      responses: {
        "200": {
          description: "OpenAPI 3.1",
          content: { "application/json": { schema: { type: "object" } } },
        },
        "405": commonErrors["405"],
      },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "Dealer portal ERP API",
      version: ERP_API_VERSION,
      description:
        "Idempotent upserts from the ERP, a feed of RMAs and warranty claims, and write-back of receipts and claim statuses. Sending the same batch twice " +
        "changes nothing. Every rule the server enforces is in this document: patterns and bounds in the " +
        "schemas, rules across fields in the descriptions. Row error codes: " +
        `${ROW_ERROR_CODES.join(", ")}. Changelog and deprecation policy: docs/erp-api.md.`,
      license: { name: "Proprietary", identifier: "LicenseRef-Proprietary" },
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerAuth: [] }],
    tags: [
      { name: "Import", description: "Upserts from the ERP" },
      { name: "Read-back", description: "What the portal holds, for reconciliation" },
      { name: "Feed", description: "What changed in the portal, for the ERP" },
      { name: "Write-back", description: "The ERP's steps on RMAs and warranty claims, as staff take them" },
      { name: "Meta", description: "About the API itself" },
    ],
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: "A token made in the staff dashboard (ERP tokens); starts with erp_",
        },
      },
      schemas: {
        BatchResult: toSchema(ZBatchResultSchema, "output"),
        RowError: toSchema(ZRowErrorSchema, "output"),
        Problem: problemSchema,
      },
    },
    paths,
  };
}
