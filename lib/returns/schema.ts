import { z } from "zod";

// The return request as the confirmation form sends it; the action parses it once more on the server.
export const MAX_RETURN_LINES = 500;
export const MAX_REFERENCE_LENGTH = 50;
export const MAX_REMARKS_LENGTH = 2000;
export const MAX_PARCELS = 50;
export const MAX_WEIGHT_KG = 1000;

const ZQuantity = z
  .number({ error: "errors.wholeNumber" })
  .int("errors.wholeNumber")
  .min(1, "errors.positive")
  .max(1_000_000, "errors.wholeNumber");

export const ZReturnLineSchema = z.object({
  deliveredLineId: z.number().int().positive(),
  quantity: ZQuantity,
  reasonId: z.number({ error: "errors.required" }).int("errors.required").positive("errors.required"),
});

export const ZReturnRequestSchema = z.object({
  idempotencyKey: z.string().min(8).max(100),
  lines: z
    .array(ZReturnLineSchema)
    .min(1, "returns.noLinesSelected")
    .max(MAX_RETURN_LINES, "returns.tooManyLines")
    .refine(
      (lines) => new Set(lines.map((l) => l.deliveredLineId)).size === lines.length,
      "returns.duplicateLine",
    ),
  reference: z.string().trim().max(MAX_REFERENCE_LENGTH, "errors.tooLong"),
  remarks: z.string().trim().max(MAX_REMARKS_LENGTH, "errors.tooLong"),
  copyEmail: z.union([z.literal(""), z.email("errors.invalidEmail").max(254, "errors.tooLong")]),
  acceptTerms: z.literal(true, { error: "returns.acceptTermsRequired" }),
  // The label: one per parcel ("1 van N"), and the weight when the dealer gives it.
  parcelCount: z
    .number({ error: "errors.wholeNumber" })
    .int("errors.wholeNumber")
    .min(1, "errors.positive")
    .max(MAX_PARCELS, "rma.errors.tooManyParcels"),
  weightKg: z
    .number({ error: "rma.errors.weightFormat" })
    .positive("errors.positive")
    .max(MAX_WEIGHT_KG, "rma.errors.weightTooHigh")
    .nullable(),
});

export type TReturnLine = z.infer<typeof ZReturnLineSchema>;
export type TReturnRequest = z.infer<typeof ZReturnRequestSchema>;

/** A photo of a return line as the action receives it (read from the form's files). */
export const ZReturnPhotoSchema = z.object({
  deliveredLineId: z.number().int().positive(),
  name: z.string().max(1000),
  bytes: z.instanceof(Uint8Array),
});
export type TReturnPhoto = z.infer<typeof ZReturnPhotoSchema>;
