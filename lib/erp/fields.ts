import { z } from "zod";

// Field types shared by every ERP row schema. Dates are calendar dates (YYYY-MM-DD); money is
// a decimal string or a JSON number with at most two decimals, kept as a string from here on.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONEY = /^-?\d{1,10}(\.\d{1,2})?$/;

function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  if (year < 1900 || year > 2999) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const zIsoDate = z
  .string()
  .refine(isCalendarDate, { message: "must be a calendar date as YYYY-MM-DD" })
  .meta({ format: "date", example: "2020-10-01" });

export const zMoney = z
  .union([z.string(), z.number()])
  .refine((v) => MONEY.test(typeof v === "number" ? String(v) : v.trim()), {
    message: "must be a decimal amount with at most 2 decimals",
  })
  .transform((v) => (typeof v === "number" ? String(v) : v.trim()))
  .meta({
    description: 'Decimal amount (EUR), as a string "1165.00" or a number with ≤ 2 decimals',
    example: "1165.00",
  });

export const zNonNegativeMoney = zMoney.refine((v) => !v.startsWith("-"), {
  message: "must not be negative",
});

export const zQuantity = z
  .number()
  .int({ message: "must be a whole number" })
  .min(0, { message: "must not be negative" })
  .max(1_000_000);

// Note: PostgreSQL text and jsonb refuse NUL and unpaired surrogates; they are refused here, per
// row, so they can never fail a whole batch.
const storable = (value: string) =>
  value.isWellFormed() && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value);
export const zText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(storable, { message: "must not contain control characters or invalid Unicode" });
export const zRequiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: "is required" })
    .max(max)
    .refine(storable, { message: "must not contain control characters or invalid Unicode" });
