import { z } from "zod";
import { RATE_LIMIT_POLICIES } from "@/lib/rate-limit/policies";
import { feedPageSchema, ZClaimFeedItemSchema, ZFeedQuerySchema, ZRmaFeedItemSchema } from "./feed-schema";
import { ERP_ENTITIES, MAX_ROWS_PER_BATCH, ROW_SCHEMAS, type TErpEntity, ZBatchResultSchema } from "./schema";

// The OpenAPI 3.1 document of the ERP API, generated from the same zod schemas that check
// the requests, so the two cannot drift apart.
function toSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    target: "draft-2020-12",
  }) as Record<string, unknown>;
  return json;
}

const SUMMARIES: Record<TErpEntity, string> = {
  customers: "Upsert customers (dealer companies) by erpNumber",
  "delivered-lines": "Upsert delivered order lines by erpKey",
  "open-lines":
    "Upsert open (not fully delivered) order lines by erpKey; a new expectedDate is recorded as a change",
  invoices: "Upsert invoices and credit notes by number; a credit note with rmaNumber marks the RMA invoiced",
  payments: "Upsert payments by erpKey; the invoice's paid amount and settled flag follow",
  documents: "Attach the PDF of an invoice or credit note (base64)",
};

const errorSchema = {
  type: "object",
  properties: {
    error: {
      type: "object",
      properties: {
        code: { type: "string" },
        message: { type: "string" },
        details: { type: "array", items: { type: "string" } },
      },
      required: ["code", "message"],
    },
  },
  required: ["error"],
};
const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});
const ERP_LIMIT = RATE_LIMIT_POLICIES["erp-token"];
const commonErrors = {
  "400": errorResponse("Malformed request"),
  "401": errorResponse("Missing, unknown or revoked token"),
  "429": errorResponse(
    `More than ${ERP_LIMIT.limit} requests in ${ERP_LIMIT.windowSeconds} seconds for this token; ` +
      "Retry-After says when to try again. Every answer carries X-RateLimit-Limit, X-RateLimit-Remaining " +
      "and X-RateLimit-Reset (epoch seconds).",
  ),
};

function importPath(entity: TErpEntity) {
  const rowSchema = toSchema(ROW_SCHEMAS[entity], "input");
  return {
    post: {
      summary: SUMMARIES[entity],
      operationId: `import-${entity}`,
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
            "The batch was well-formed; each row landed or is listed in `rejected` with its reasons",
          content: { "application/json": { schema: { $ref: "#/components/schemas/BatchResult" } } },
        },
        ...commonErrors,
        "413": errorResponse("Body larger than 10 MB"),
      },
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
  const paths: Record<string, unknown> = Object.fromEntries(
    ERP_ENTITIES.map((e) => [`/${e}`, importPath(e)]),
  );
  paths["/rmas"] = feedPath(
    "RMAs created or changed since the cursor, with their lines",
    ZRmaFeedItemSchema,
    "list-rmas",
  );
  paths["/warranty-claims"] = feedPath(
    "Warranty claims created or changed since the cursor, with their events",
    ZClaimFeedItemSchema,
    "list-warranty-claims",
  );
  paths["/openapi.json"] = {
    get: { summary: "This document", security: [], responses: { "200": { description: "OpenAPI 3.1" } } },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "Dealer portal ERP API",
      version: "1.0.0",
      description:
        "Idempotent upserts from the ERP and a feed of RMAs and warranty claims. Sending the same batch twice changes nothing.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerAuth: [] }],
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: "A token made in the staff dashboard (ERP tokens); starts with erp_",
        },
      },
      schemas: { BatchResult: toSchema(ZBatchResultSchema, "output"), Error: errorSchema },
    },
    paths,
  };
}
