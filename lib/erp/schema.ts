import { z } from "zod";
import {
  PDF_BASE64_PATTERN,
  zIsoDate,
  zMoney,
  zNonNegativeMoney,
  zQuantity,
  zRequiredText,
  zText,
} from "./fields";
import { ROW_ERROR_CODES } from "./row-errors";

// The contract of the ERP import (SPEC §7): one strict schema per entity, shared by the HTTP
// API, the CSV import and the OpenAPI document. Unknown fields are rejected.
export const ERP_ENTITIES = [
  "customers",
  "delivered-lines",
  "open-lines",
  "invoices",
  "payments",
  "documents",
] as const;
export type TErpEntity = (typeof ERP_ENTITIES)[number];
export const MAX_ROWS_PER_BATCH = 5000;

const KEEP = "Omitted: kept (a new record gets the default); null: cleared to the default.";
const zMoveFromCustomer = zRequiredText(20)
  .optional()
  .describe(
    "To move a record that exists under another customer: that customer's erpNumber. Without it such a row is refused (owner_mismatch). A move is refused while returns or claims refer to the record.",
  );
const inconsistent = (message: string, path: string) => ({
  message,
  path: [path],
  params: { code: "inconsistent" },
});

export const ZCustomerRowSchema = z.strictObject({
  erpNumber: zRequiredText(20),
  name: zRequiredText(200),
  language: z
    .enum(["nl", "fr", "en", "de"])
    .nullable()
    .optional()
    .describe(`Default nl. ${KEEP} Also a staff setting.`),
  carrier: z
    .enum(["NIGHT_CARRIER", "PARCEL_SERVICE", "OWN_TRANSPORT"])
    .nullable()
    .optional()
    .describe(`Default PARCEL_SERVICE. ${KEEP} Also a staff setting.`),
  street: zText(200).nullable().optional().describe(`Default "". ${KEEP}`),
  postalCode: zText(20).nullable().optional().describe(`Default "". ${KEEP}`),
  city: zText(100).nullable().optional().describe(`Default "". ${KEEP}`),
  country: z
    .string({ message: "must be a string" })
    .regex(/^[A-Z]{2}$/, { message: "must be an ISO country code like NL" })
    .nullable()
    .optional()
    .describe(`ISO 3166-1 alpha-2, default NL. ${KEEP}`),
  email: z
    .email({ message: "must be an e-mail address" })
    .max(254, { message: "must be at most 254 characters" })
    .nullable()
    .optional()
    .describe(`Default none. ${KEEP}`),
  active: z
    .boolean({ message: "must be true or false" })
    .nullable()
    .optional()
    .describe(`Default true. ${KEEP}`),
});

export const ZDeliveredLineRowSchema = z
  .strictObject({
    erpKey: zRequiredText(100),
    customerNumber: zRequiredText(20),
    moveFromCustomer: zMoveFromCustomer,
    salesOrderNumber: z
      .string({ message: "must be a string" })
      .regex(/^MVO\d{7}$/, { message: "must be MVO followed by 7 digits" }),
    customerPoNumber: zText(100).nullable().optional().describe(`Default "". ${KEEP}`),
    specialOrder: z
      .boolean({ message: "must be true or false" })
      .nullable()
      .optional()
      .describe(`Default false. ${KEEP}`),
    articleNumber: zRequiredText(40),
    externalArticleNumbers: zText(500)
      .nullable()
      .optional()
      .describe(`Comma-separated OEM numbers, e.g. "852915-5005S, 852915-5005". Default "". ${KEEP}`),
    articleName: zRequiredText(200),
    netUnitPrice: zNonNegativeMoney,
    quantityOrdered: zQuantity,
    quantityDelivered: zQuantity.describe(
      "Must not exceed quantityOrdered, nor be below what the dealer returned or has in a return request (below_returned).",
    ),
    deliveryDate: zIsoDate,
  })
  .refine(
    (r) => r.quantityDelivered <= r.quantityOrdered,
    inconsistent("must not exceed quantityOrdered", "quantityDelivered"),
  );

export const ZOpenLineRowSchema = z
  .strictObject({
    erpKey: zRequiredText(100),
    customerNumber: zRequiredText(20),
    moveFromCustomer: zMoveFromCustomer,
    salesOrderNumber: z
      .string({ message: "must be a string" })
      .regex(/^[MV]VO\d{7}$/, { message: "must be VVO or MVO followed by 7 digits" }),
    orderDate: zIsoDate,
    salesRep: zText(100).nullable().optional().describe(`Default "". ${KEEP}`),
    customerPoNumber: zText(100).nullable().optional().describe(`Default "". ${KEEP}`),
    articleNumber: zRequiredText(40),
    deliverArticleNumber: zRequiredText(40),
    articleName: zRequiredText(200),
    quantityOrdered: zQuantity,
    quantityDelivered: zQuantity
      .nullable()
      .optional()
      .describe(`Must not exceed quantityOrdered. Default 0. ${KEEP}`),
    expectedDate: zIsoDate
      .nullable()
      .optional()
      .describe(`null until known. A change is recorded and shown to the dealer. ${KEEP}`),
  })
  .refine(
    (r) => (r.quantityDelivered ?? 0) <= r.quantityOrdered,
    inconsistent("must not exceed quantityOrdered", "quantityDelivered"),
  );

export const ZInvoiceRowSchema = z
  .strictObject({
    number: z
      .string({ message: "must be a string" })
      .regex(/^MVF\d{7}$/, { message: "must be MVF followed by 7 digits" }),
    customerNumber: zRequiredText(20),
    moveFromCustomer: zMoveFromCustomer,
    kind: z.enum(["INVOICE", "CREDIT_NOTE"]).nullable().optional().describe(`Default INVOICE. ${KEEP}`),
    invoiceDate: zIsoDate,
    dueDate: zIsoDate.describe("Must not be before invoiceDate."),
    amount: zMoney.describe(
      "Positive for an INVOICE, negative for a CREDIT_NOTE (wrong_sign). Not below what is already paid (below_paid).",
    ),
    rmaNumber: z
      .string({ message: "must be a string" })
      .regex(/^IRM\d{7}$/, { message: "must be an RMA number like IRM2000088" })
      .nullable()
      .optional()
      .describe(
        `Only on a CREDIT_NOTE: the RMA of the same customer it credits; the RMA becomes INVOICED. ${KEEP} An invoiced RMA's link cannot be cleared (rma_invoiced).`,
      ),
  })
  .refine((r) => r.dueDate >= r.invoiceDate, inconsistent("must not be before invoiceDate", "dueDate"));

export const ZPaymentRowSchema = z.strictObject({
  erpKey: zRequiredText(100),
  invoiceNumber: z
    .string({ message: "must be a string" })
    .regex(/^MVF\d{7}$/, { message: "must be MVF followed by 7 digits" })
    .describe("An invoice of the same customer as the payment's invoice so far (owner_mismatch otherwise)."),
  amount: zMoney.describe(
    "Positive on an INVOICE, negative (a refund) on a CREDIT_NOTE (wrong_sign). Together with the invoice's other payments it may not exceed the invoice's amount (exceeds_open) unless overpayment is true.",
  ),
  paidOn: zIsoDate,
  overpayment: z
    .boolean({ message: "must be true or false" })
    .nullable()
    .optional()
    .describe(
      `true: the payment may pay more than is open; the invoice is settled with a credit balance. Default false. ${KEEP}`,
    ),
});

export const ZDocumentRowSchema = z.strictObject({
  invoiceNumber: z
    .string({ message: "must be a string" })
    .regex(/^MVF\d{7}$/, { message: "must be MVF followed by 7 digits" }),
  fileName: zRequiredText(200)
    .regex(/^[^/\\]+\.pdf$/i, { message: "must be a file name ending in .pdf" })
    .meta({
      pattern: String.raw`^[^/\\\u0000-\u001f]*[^/\\\s\u0000-\u001f][^/\\\u0000-\u001f]*\.[pP][dD][fF]$`,
    }),
  contentBase64: z.string({ message: "must be a string" }).meta({
    contentEncoding: "base64",
    contentMediaType: "application/pdf",
    pattern: PDF_BASE64_PATTERN,
    description: "The PDF, base64-encoded (RFC 4648, padded, no line breaks); the bytes start with %PDF-",
  }),
});

export type TCustomerRow = z.output<typeof ZCustomerRowSchema>;
export type TDeliveredLineRow = z.output<typeof ZDeliveredLineRowSchema>;
export type TOpenLineRow = z.output<typeof ZOpenLineRowSchema>;
export type TInvoiceRow = z.output<typeof ZInvoiceRowSchema>;
export type TPaymentRow = z.output<typeof ZPaymentRowSchema>;
export type TDocumentRow = z.output<typeof ZDocumentRowSchema>;

export const ROW_SCHEMAS = {
  customers: ZCustomerRowSchema,
  "delivered-lines": ZDeliveredLineRowSchema,
  "open-lines": ZOpenLineRowSchema,
  invoices: ZInvoiceRowSchema,
  payments: ZPaymentRowSchema,
  documents: ZDocumentRowSchema,
} as const satisfies Record<TErpEntity, z.ZodType>;

export const ZBatchRequestSchema = z.strictObject({
  rows: z
    .array(z.unknown(), { message: "must be an array of rows" })
    .min(1, { message: "must hold at least one row" })
    .max(MAX_ROWS_PER_BATCH, { message: `must hold at most ${MAX_ROWS_PER_BATCH} rows` }),
});

export const ZRowErrorSchema = z.object({
  path: z.string().describe('The field, dotted; "" for the row as a whole'),
  code: z.enum(ROW_ERROR_CODES).describe("Stable; new codes may be added in a minor version"),
  message: z.string().describe("For a person, in English"),
});
export const ZRejectedRowSchema = z.object({
  index: z.number().int().describe("0-based position of the row in `rows`"),
  key: z.string().optional().describe("The row's key (erpKey, number, …) when it had one"),
  errors: z.array(ZRowErrorSchema),
});
export const ZBatchResultSchema = z.object({
  received: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.array(ZRejectedRowSchema),
  dryRun: z.boolean().optional().describe("true when ?dryRun=true: the answer of the write, nothing written"),
});
export type TRejectedRow = z.infer<typeof ZRejectedRowSchema>;
export type TBatchResult = z.infer<typeof ZBatchResultSchema>;
