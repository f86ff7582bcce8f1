import { z } from "zod";

// The query of the read-back endpoints (read-back.ts), shared with the OpenAPI document.
export const ZReadBackQuerySchema = z.strictObject({
  customerNumber: z.string().min(1).max(20).optional().describe("Only this customer's records"),
  updatedSince: z.iso
    .datetime({ offset: true })
    .optional()
    .describe("Only records created or changed at or after this instant (ISO 8601)"),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  after: z.coerce
    .number()
    .int()
    .min(0)
    .max(2_147_483_647)
    .optional()
    .describe("The nextAfter of the previous page; omitted = the first page"),
});
export type TReadBackQuery = z.output<typeof ZReadBackQuerySchema>;
export const READ_BACK_ENTITIES = [
  "customers",
  "delivered-lines",
  "open-lines",
  "invoices",
  "payments",
] as const;
export type TReadBackEntity = (typeof READ_BACK_ENTITIES)[number];
