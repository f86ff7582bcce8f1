import { z } from "zod";
import { todayIso } from "@/lib/dates";

// The warranty claim form (SPEC §3.1): the same schema checks the form in the browser and the
// submission on the server. Number fields are the form's strings, turned into numbers here.
export const WARRANTY_CHECKS = [
  "oilPressure",
  "oilSupply",
  "airFilter",
  "intercooler",
  "oilChange",
  "exhaustBackPressure",
  "oilReturn",
  "crankcaseVentilation",
] as const;
export type TWarrantyCheck = (typeof WARRANTY_CHECKS)[number];
export const isWarrantyCheck = (value: string): value is TWarrantyCheck =>
  (WARRANTY_CHECKS as readonly string[]).includes(value);

const MAX_MILEAGE = 5_000_000;

// Note: PostgreSQL text cannot hold NUL characters; refusing them here keeps a typed value from becoming a 500.
const NO_NUL = /^[^\u0000]*$/;
const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "errors.required")
    .max(max, "errors.tooLong")
    .regex(NO_NUL, "warranty.errors.invalidCharacters");
const optionalText = (max: number) =>
  z.string().trim().max(max, "errors.tooLong").regex(NO_NUL, "warranty.errors.invalidCharacters").default("");
const optionalWholeNumber = (max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d*$/, "errors.wholeNumber")
    .refine((v) => v === "" || Number(v) <= max, "warranty.errors.numberTooLarge")
    .transform((v) => (v === "" ? null : Number(v)));
const optionalDate = z
  .string()
  .trim()
  .refine(
    (v) =>
      v === "" ||
      (/^\d{4}-\d{2}-\d{2}$/.test(v) &&
        !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
        new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)),
    "errors.invalidDate",
  )
  .transform((v) => (v === "" ? null : v));

export const ZWarrantyClaimSchema = z
  .object({
    idempotencyKey: z.string().uuid(),
    articleNumber: requiredText(40),
    serialNumber: requiredText(60),
    salesOrderNumber: optionalText(40),
    quantity: z
      .string()
      .trim()
      .regex(/^\d+$/, "errors.wholeNumber")
      .refine((v) => Number(v) >= 1, "errors.positive")
      .refine((v) => Number(v) <= 999, "warranty.errors.numberTooLarge")
      .transform(Number),
    vehicleMake: requiredText(60),
    vehicleModel: requiredText(80),
    vehicleYear: optionalWholeNumber(2100).refine(
      (v) => v === null || v >= 1950,
      "warranty.errors.invalidYear",
    ),
    vin: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9]{0,17}$/, "warranty.errors.invalidVin")
      .default(""),
    engineCode: optionalText(30),
    mileageAtFitting: optionalWholeNumber(MAX_MILEAGE),
    mileageAtFailure: optionalWholeNumber(MAX_MILEAGE),
    fittingDate: optionalDate,
    failureDate: optionalDate,
    fittedBy: optionalText(120),
    complaint: requiredText(4000),
    checksDone: z
      .array(z.enum(WARRANTY_CHECKS))
      .max(WARRANTY_CHECKS.length)
      .default([])
      .transform((checks) => [...new Set(checks)]),
  })
  .superRefine((claim, ctx) => {
    if (
      claim.mileageAtFitting !== null &&
      claim.mileageAtFailure !== null &&
      claim.mileageAtFailure < claim.mileageAtFitting
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["mileageAtFailure"],
        message: "warranty.errors.failureMileageBeforeFitting",
      });
    }
    const today = todayIso();
    if (claim.fittingDate && claim.fittingDate > today)
      ctx.addIssue({ code: "custom", path: ["fittingDate"], message: "warranty.errors.dateInFuture" });
    if (claim.failureDate && claim.failureDate > today)
      ctx.addIssue({ code: "custom", path: ["failureDate"], message: "warranty.errors.dateInFuture" });
    if (claim.fittingDate && claim.failureDate && claim.failureDate < claim.fittingDate) {
      ctx.addIssue({
        code: "custom",
        path: ["failureDate"],
        message: "warranty.errors.failureBeforeFitting",
      });
    }
  });

export type TWarrantyClaimForm = z.input<typeof ZWarrantyClaimSchema>;
export type TWarrantyClaimInput = z.output<typeof ZWarrantyClaimSchema>;

export const ZClaimMessageSchema = z.object({
  claimNumber: z.string().trim().min(1).max(20),
  message: optionalText(4000),
});
export type TClaimMessageInput = z.output<typeof ZClaimMessageSchema>;
