import { z } from "zod";
import { zIsoDate, zMoney, zNonNegativeMoney, zQuantity, zRequiredText, zText } from "./fields";

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

export const ZCustomerRowSchema = z.strictObject({
  erpNumber: zRequiredText(20),
  name: zRequiredText(200),
  language: z
    .enum(["nl", "fr", "en", "de"])
    .optional()
    .describe("Omitted: new customers get nl, existing ones keep theirs"),
  carrier: z
    .enum(["NIGHT_CARRIER", "PARCEL_SERVICE", "OWN_TRANSPORT"])
    .optional()
    .describe("Omitted: kept (a staff setting)"),
  street: zText(200).optional(),
  postalCode: zText(20).optional(),
  city: zText(100).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { message: "must be an ISO country code like NL" })
    .optional(),
  email: z.email({ message: "must be an e-mail address" }).nullable().optional(),
  active: z.boolean().optional(),
});

export const ZDeliveredLineRowSchema = z
  .strictObject({
    erpKey: zRequiredText(100),
    customerNumber: zRequiredText(20),
    salesOrderNumber: z.string().regex(/^MVO\d{7}$/, { message: "must be MVO followed by 7 digits" }),
    customerPoNumber: zText(100).default(""),
    specialOrder: z.boolean().default(false),
    articleNumber: zRequiredText(40),
    externalArticleNumbers: zText(500)
      .default("")
      .describe('Comma-separated OEM numbers, e.g. "852915-5005S, 852915-5005"'),
    articleName: zRequiredText(200),
    netUnitPrice: zNonNegativeMoney,
    quantityOrdered: zQuantity,
    quantityDelivered: zQuantity,
    deliveryDate: zIsoDate,
  })
  .refine((r) => r.quantityDelivered <= r.quantityOrdered, {
    message: "must not exceed quantityOrdered",
    path: ["quantityDelivered"],
  });

export const ZOpenLineRowSchema = z
  .strictObject({
    erpKey: zRequiredText(100),
    customerNumber: zRequiredText(20),
    salesOrderNumber: z
      .string()
      .regex(/^[MV]VO\d{7}$/, { message: "must be VVO or MVO followed by 7 digits" }),
    orderDate: zIsoDate,
    salesRep: zText(100).default(""),
    customerPoNumber: zText(100).default(""),
    articleNumber: zRequiredText(40),
    deliverArticleNumber: zRequiredText(40),
    articleName: zRequiredText(200),
    quantityOrdered: zQuantity,
    quantityDelivered: zQuantity.default(0),
    expectedDate: zIsoDate.nullable(),
  })
  .refine((r) => r.quantityDelivered <= r.quantityOrdered, {
    message: "must not exceed quantityOrdered",
    path: ["quantityDelivered"],
  });

export const ZInvoiceRowSchema = z
  .strictObject({
    number: z.string().regex(/^MVF\d{7}$/, { message: "must be MVF followed by 7 digits" }),
    customerNumber: zRequiredText(20),
    kind: z.enum(["INVOICE", "CREDIT_NOTE"]).default("INVOICE"),
    invoiceDate: zIsoDate,
    dueDate: zIsoDate,
    amount: zMoney,
    rmaNumber: z
      .string()
      .regex(/^IRM\d{7}$/, { message: "must be an RMA number like IRM2000088" })
      .optional(),
  })
  .refine((r) => r.rmaNumber === undefined || r.kind === "CREDIT_NOTE", {
    message: "only a credit note can refer to an RMA",
    path: ["rmaNumber"],
  })
  .refine((r) => r.dueDate >= r.invoiceDate, {
    message: "must not be before invoiceDate",
    path: ["dueDate"],
  });

export const ZPaymentRowSchema = z.strictObject({
  erpKey: zRequiredText(100),
  invoiceNumber: z.string().regex(/^MVF\d{7}$/, { message: "must be MVF followed by 7 digits" }),
  amount: zMoney,
  paidOn: zIsoDate,
});

export const ZDocumentRowSchema = z.strictObject({
  invoiceNumber: z.string().regex(/^MVF\d{7}$/, { message: "must be MVF followed by 7 digits" }),
  fileName: zRequiredText(200).regex(/^[^/\\]+\.pdf$/i, { message: "must be a file name ending in .pdf" }),
  contentBase64: z.string().min(8).describe("The PDF, base64-encoded"),
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
    .array(z.unknown())
    .min(1, { message: "must hold at least one row" })
    .max(MAX_ROWS_PER_BATCH, { message: `must hold at most ${MAX_ROWS_PER_BATCH} rows` }),
});

export const ZRejectedRowSchema = z.object({
  index: z.number().int(),
  key: z.string().optional(),
  errors: z.array(z.string()),
});
export const ZBatchResultSchema = z.object({
  received: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.array(ZRejectedRowSchema),
});
export type TRejectedRow = z.infer<typeof ZRejectedRowSchema>;
export type TBatchResult = z.infer<typeof ZBatchResultSchema>;
