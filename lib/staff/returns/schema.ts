import { z } from "zod";

// Staff forms of the returns queue (shared by the forms and the actions).
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "errors.invalidDate")
  .refine((v) => !Number.isNaN(Date.parse(v)), "errors.invalidDate");
const id = z.coerce.number().int().positive();

export const ZReceiveLineSchema = z.object({
  rmaLineId: id,
  quantityReceived: z.coerce
    .number({ error: "errors.wholeNumber" })
    .int("errors.wholeNumber")
    .min(0, "errors.wholeNumber"),
  receivedAt: isoDate,
});
export type TReceiveLine = z.output<typeof ZReceiveLineSchema>;

export const ZRejectLineSchema = z.object({
  rmaLineId: id,
  reason: z.string().trim().min(1, "staff.returns.reasonRequired").max(500, "errors.tooLong"),
  receivedAt: isoDate,
});
export type TRejectLine = z.output<typeof ZRejectLineSchema>;

export const ZRmaIdSchema = z.object({ rmaId: id });
export type TRmaId = z.output<typeof ZRmaIdSchema>;

export const ZCreditNoteSchema = z.object({
  rmaId: id,
  number: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^MVF\d{7}$/, "staff.returns.creditNoteNumberFormat"),
  amount: z
    .string()
    .trim()
    .regex(/^\d{1,9}([.,]\d{1,2})?$/, "staff.returns.amountFormat"),
  invoiceDate: isoDate,
});
export type TCreditNote = z.output<typeof ZCreditNoteSchema>;
