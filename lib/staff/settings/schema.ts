import { z } from "zod";

// Staff settings forms: return reasons and the portal settings (shared by forms and actions).
const label = z.string().trim().min(1, "errors.required").max(120, "errors.tooLong");

export const ZReturnReasonSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .min(1, "errors.required")
    .max(30, "errors.tooLong")
    .regex(/^[A-Z0-9_-]+$/, "staff.settings.codeFormat"),
  labelNl: label,
  labelFr: label,
  labelEn: label,
  labelDe: label,
  sortOrder: z.coerce
    .number({ error: "errors.wholeNumber" })
    .int("errors.wholeNumber")
    .min(0, "errors.wholeNumber")
    .max(9999, "errors.wholeNumber"),
  // The confirmation then asks photos for a line with this reason.
  asksForEvidence: z.boolean().default(false),
});
export type TReturnReason = z.input<typeof ZReturnReasonSchema>;
export type TReturnReasonValues = z.output<typeof ZReturnReasonSchema>;

export const ZUpdateReturnReasonSchema = ZReturnReasonSchema.omit({ code: true }).extend({
  reasonId: z.coerce.number().int().positive(),
  active: z.boolean(),
});
export type TUpdateReturnReason = z.input<typeof ZUpdateReturnReasonSchema>;
export type TUpdateReturnReasonValues = z.output<typeof ZUpdateReturnReasonSchema>;

const link = z
  .string()
  .trim()
  .min(1, "errors.required")
  .max(500, "errors.tooLong")
  // Note: "//host" and "/\host" are protocol-relative: browsers leave the portal on them.
  .refine(
    (v) => (v.startsWith("/") && !/^\/[/\\]/.test(v)) || /^https?:\/\/\S+$/.test(v),
    "staff.settings.linkFormat",
  );

export const ZPortalSettingsSchema = z.object({
  returnSurcharge: z
    .string()
    .trim()
    .regex(/^\d{1,9}([.,]\d{1,2})?$/, "staff.settings.amountFormat")
    .transform((v) => v.replace(",", ".")),
  termsUrl: link,
  warrantyManualUrl: link,
  returnAddress: z.string().trim().max(1000, "errors.tooLong"),
});
export type TPortalSettings = z.input<typeof ZPortalSettingsSchema>;
export type TPortalSettingsValues = z.output<typeof ZPortalSettingsSchema>;

const rangeNumber = z.coerce
  .number({ error: "errors.wholeNumber" })
  .int("errors.wholeNumber")
  .min(0, "errors.wholeNumber")
  .max(2_000_000_000, "errors.wholeNumber");

/** A carrier's name on the return label and the range of its tracking numbers (prefix + number). */
export const ZCarrierRangeSchema = z
  .object({
    carrier: z.enum(["NIGHT_CARRIER", "PARCEL_SERVICE", "OWN_TRANSPORT"]),
    name: z.string().trim().min(1, "errors.required").max(60, "errors.tooLong"),
    prefix: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9]{0,10}$/, "rma.staff.prefixFormat"),
    nextValue: rangeNumber,
    lastValue: rangeNumber,
  })
  .refine((v) => v.nextValue <= v.lastValue + 1, { path: ["nextValue"], message: "rma.staff.rangeOrder" });
export type TCarrierRange = z.input<typeof ZCarrierRangeSchema>;
export type TCarrierRangeValues = z.output<typeof ZCarrierRangeSchema>;
