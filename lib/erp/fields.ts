import { z } from "zod";

// Field types shared by every ERP row schema. Dates are calendar dates (YYYY-MM-DD, years
// 1900–2999); money is a decimal string or a JSON number with at most two decimals and at most
// 9,999,999,999.99 either way, kept as a string from here on. Each refusal carries a stable code
// (`params.code`, see row-errors.ts); the JSON Schema of each type states the same rule.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MONEY_MAX = "9999999999.99";
const MONEY_MAX_TEXT = "9,999,999,999.99";
const MONEY_STRING = /^-?\d+(\.\d+)?$/;

function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  if (year < 1900 || year > 2999) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const zIsoDate = z
  .string({ message: "must be a date as YYYY-MM-DD" })
  .refine(isCalendarDate, {
    message: "must be a calendar date as YYYY-MM-DD between 1900 and 2999",
    params: { code: "invalid_date" },
  })
  .meta({
    format: "date",
    pattern: "^(19|2[0-9])[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
    description: "A calendar date, YYYY-MM-DD, year 1900–2999",
    example: "2020-10-01",
  });

type TMoneySign = "any" | "nonNegative";
/** The input side of each money schema, for the OpenAPI document's JSON Schema (see openapi.ts). */
export const MONEY_SCHEMAS = new WeakMap<z.ZodType, TMoneySign>();

/** A decimal amount as text ("-12.50"), or an issue with its code. */
function toMoneyText(value: string | number): string | { code: string; message: string } {
  const format = { code: "invalid_format", message: "must be a decimal amount with at most 2 decimals" };
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return format;
    if (Math.abs(value) > Number(MONEY_MAX))
      return { code: "too_large", message: `must be at most ${MONEY_MAX_TEXT}` };
    // Note: a JSON number is a binary float; one within a few ulps of a whole number of cents is that amount.
    const cents = value * 100;
    if (Math.abs(Math.round(cents) - cents) > Math.max(1e-6, 8 * Number.EPSILON * Math.abs(cents)))
      return format;
    text = value.toFixed(2);
  } else {
    text = value.trim();
    if (!MONEY_STRING.test(text)) return format;
    const [whole = "", decimals = ""] = text.replace(/^-/, "").split(".");
    if (decimals.length > 2) return format;
    if (whole.replace(/^0+(?=\d)/, "").length > 10)
      return { code: "too_large", message: `must be at most ${MONEY_MAX_TEXT}` };
  }
  return text;
}

function money(sign: TMoneySign) {
  const input = z.union([z.string(), z.number()], {
    message: "must be a decimal amount as a string or a number",
  });
  MONEY_SCHEMAS.set(input, sign);
  return input.transform((value, ctx) => {
    const text = toMoneyText(value);
    if (typeof text !== "string") {
      ctx.addIssue({ code: "custom", message: text.message, params: { code: text.code } });
      return z.NEVER;
    }
    if (sign === "nonNegative" && Number(text) < 0) {
      ctx.addIssue({ code: "custom", message: "must not be negative", params: { code: "wrong_sign" } });
      return z.NEVER;
    }
    return text;
  });
}

export const zMoney = money("any");
export const zNonNegativeMoney = money("nonNegative");

/** The JSON Schema of a money field: what toMoneyText accepts, for a validator or a generator. */
export function moneyJsonSchema(sign: TMoneySign): Record<string, unknown> {
  const minus = sign === "any" ? "-?" : "";
  return {
    title: `Decimal amount in EUR: a string like "1165.00" or a JSON number, at most 2 decimals, at most ${MONEY_MAX_TEXT}${sign === "any" ? " either way" : ", not negative"}`,
    oneOf: [
      { type: "string", pattern: `^${minus}[0-9]{1,10}(\\.[0-9]{1,2})?$` },
      {
        type: "number",
        multipleOf: 0.01,
        minimum: sign === "any" ? -Number(MONEY_MAX) : 0,
        maximum: Number(MONEY_MAX),
      },
    ],
    examples: ["1165.00"],
  };
}

export const zQuantity = z
  .number({ message: "must be a number" })
  .int({ message: "must be a whole number" })
  .min(0, { message: "must not be negative" })
  .max(1_000_000, { message: "must be at most 1,000,000" });

// Note: PostgreSQL text and jsonb refuse NUL and unpaired surrogates; they are refused here, per
// row, so they can never fail a whole batch. The patterns say the same for a JSON Schema reader.
const CONTROL = String.raw`\u0000-\u0008\u000b\u000c\u000e-\u001f`;
export const TEXT_PATTERN = `^[^${CONTROL}]*$`;
export const REQUIRED_TEXT_PATTERN = `^[^${CONTROL}]*[^\\s\\u0000-\\u001f][^${CONTROL}]*$`;
const storable = (value: string) =>
  value.isWellFormed() && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value);
const storableCheck = {
  message: "must not contain control characters or invalid Unicode",
  params: { code: "invalid_format" },
};

export const zText = (max: number) =>
  z
    .string({ message: "must be a string" })
    .refine(storable, storableCheck)
    .trim()
    .max(max, { message: `must be at most ${max} characters` })
    .meta({ pattern: TEXT_PATTERN });
export const zRequiredText = (max: number) =>
  z
    .string({ message: "must be a string" })
    .refine((v) => /\S/.test(v), { message: "is required", params: { code: "required" } })
    .refine(storable, storableCheck)
    .trim()
    .max(max, { message: `must be at most ${max} characters` })
    .meta({ pattern: REQUIRED_TEXT_PATTERN, minLength: 1 });

/** Padded base64 (RFC 4648) of bytes that start with %PDF- ("JVBERi0"). */
export const PDF_BASE64_PATTERN =
  "^JVBERi0[A-Za-z0-9+/](?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$";
