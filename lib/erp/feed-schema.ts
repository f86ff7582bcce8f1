import { z } from "zod";

// What the ERP reads back: RMAs and warranty claims changed since a cursor. Used for the
// OpenAPI document; the queries in feed.ts return exactly these shapes.
const zDate = z.string().meta({ format: "date" });
const zDateTime = z.string().meta({ format: "date-time" });

export const ZFeedQuerySchema = z.object({
  since: z
    .string()
    .max(200)
    .optional()
    .describe("Opaque cursor from a previous nextCursor; omitted = from the beginning"),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const zSubmittedBy = z
  .object({ name: z.string(), email: z.string() })
  .describe("The dealer user who submitted it (1.1)");

export const ZRmaFeedLineSchema = z.object({
  id: z.number().int().describe("The RMA line's id, stable (1.1); a receipt names the line by it"),
  deliveredLineErpKey: z.string(),
  salesOrderNumber: z.string(),
  articleNumber: z.string(),
  reasonCode: z.string(),
  quantityExpected: z.number().int(),
  quantityReceived: z.number().int().nullable(),
  receivedAt: zDate.nullable(),
  status: z.enum(["EXPECTED", "RECEIVED", "REJECTED", "INVOICED"]),
  rejectionReason: z.string().nullable(),
  remark: z.string(),
});

export const ZRmaFeedItemSchema = z.object({
  number: z.string(),
  customerNumber: z.string(),
  copyEmail: z.string().nullable().describe("The extra address the dealer asked to copy (1.1)"),
  submittedBy: zSubmittedBy,
  status: z.enum(["OPEN", "CLOSED", "INVOICED"]),
  reference: z.string(),
  remarks: z.string(),
  surcharge: z.string(),
  parcelCount: z.number().int(),
  createdAt: zDateTime,
  updatedAt: zDateTime,
  closedAt: zDateTime.nullable(),
  lines: z.array(ZRmaFeedLineSchema),
});

export const ZClaimFeedItemSchema = z.object({
  number: z.string(),
  customerNumber: z.string(),
  submittedBy: zSubmittedBy,
  status: z.enum(["RECEIVED", "IN_TREATMENT", "AWARDED", "REFUSED"]),
  articleNumber: z.string(),
  serialNumber: z.string(),
  salesOrderNumber: z.string(),
  quantity: z.number().int(),
  vehicleMake: z.string(),
  vehicleModel: z.string(),
  vehicleYear: z.number().int().nullable(),
  vin: z.string(),
  engineCode: z.string(),
  mileageAtFitting: z.number().int().nullable(),
  mileageAtFailure: z.number().int().nullable(),
  fittingDate: zDate.nullable(),
  failureDate: zDate.nullable(),
  complaint: z.string(),
  goodsReceived: z.boolean(),
  remark: z.string(),
  handledAt: zDateTime.nullable(),
  createdAt: zDateTime,
  updatedAt: zDateTime,
  events: z.array(
    z.object({
      kind: z.enum(["STATUS", "MESSAGE", "ATTACHMENT", "GOODS_RECEIVED"]),
      status: z.enum(["RECEIVED", "IN_TREATMENT", "AWARDED", "REFUSED"]).nullable(),
      message: z.string(),
      byStaff: z.boolean(),
      createdAt: zDateTime,
    }),
  ),
  attachments: z
    .array(
      z.object({
        id: z.number().int(),
        kind: z.enum([
          "WARRANTY_ATTACHMENT",
          "WARRANTY_REACTION",
          "CREDIT_NOTE",
          "INVOICE",
          "RETURN_PHOTO",
          "OTHER",
        ]),
        fileName: z.string(),
        contentType: z.string(),
        size: z.number().int().describe("Bytes"),
        sha256: z.string().describe("Hex digest of the bytes"),
        url: z.string().meta({ format: "uri" }).describe("GET it with the bearer token (getDocument)"),
      }),
    )
    .describe("The claim's files: the dealer's attachments and the distributor's reactions (1.1)"),
});

export const feedPageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().describe("Pass as `since` next time; unchanged when nothing new"),
  });

export type TRmaFeedItem = z.infer<typeof ZRmaFeedItemSchema>;
export type TRmaFeedLine = z.infer<typeof ZRmaFeedLineSchema>;
export type TClaimFeedItem = z.infer<typeof ZClaimFeedItemSchema>;
