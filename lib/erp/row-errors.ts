import type { z } from "zod";

// One refusal of one field of one row: where (a dotted path, "" for the row), a stable code a
// program can switch on, and a message for a person. The codes are listed in docs/erp-api.md and
// in the OpenAPI document; a code, once given out, keeps its meaning.
export const ROW_ERROR_CODES = [
  "required",
  "invalid_type",
  "invalid_format",
  "invalid_date",
  "invalid_value",
  "unknown_field",
  "too_long",
  "too_small",
  "too_large",
  "wrong_sign",
  "inconsistent",
  "duplicate_key",
  "unknown_customer",
  "unknown_invoice",
  "unknown_rma",
  "owner_mismatch",
  "move_refused",
  "below_returned",
  "below_paid",
  "exceeds_open",
  "rma_invoiced",
  "invalid_base64",
  "not_pdf",
  // 1.1 write-back (receipts, claim status)
  "unknown_rma_line",
  "exceeds_expected",
  "already_handled",
  "rma_not_open",
  "bad_transition",
  "reaction_required",
] as const;
export type TRowErrorCode = (typeof ROW_ERROR_CODES)[number];
export type TRowError = { path: string; code: TRowErrorCode; message: string };

export const rowError = (path: string, code: TRowErrorCode, message: string): TRowError => ({
  path,
  code,
  message,
});

/** "path: message", for a person reading a CSV import report. */
export const describeRowError = (e: TRowError) => (e.path ? `${e.path}: ${e.message}` : e.message);

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const TYPE_WORDS: Record<string, string> = {
  number: "a number",
  int: "a whole number",
  string: "a string",
  boolean: "true or false",
  object: "an object",
  array: "an array",
};

/** zod's issues in the API's words, with a stable code each (`params.code` of a refinement wins). */
export function toRowErrors(issues: z.core.$ZodIssue[], input: unknown): TRowError[] {
  return issues.flatMap((issue): TRowError[] => {
    const path = issue.path.map(String).join(".");
    switch (issue.code) {
      case "invalid_type":
        if (valueAt(input, issue.path) === undefined) return [rowError(path, "required", "is required")];
        return [rowError(path, "invalid_type", `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`)];
      case "invalid_union":
        if (valueAt(input, issue.path) === undefined) return [rowError(path, "required", "is required")];
        return [rowError(path, "invalid_type", issue.message)];
      case "unrecognized_keys":
        return issue.keys.map((key) =>
          rowError([...issue.path, key].join("."), "unknown_field", "is not a field of this entity"),
        );
      case "invalid_value":
        return [
          rowError(
            path,
            "invalid_value",
            `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`,
          ),
        ];
      case "invalid_format":
        return [rowError(path, "invalid_format", issue.message)];
      case "too_big":
        return [rowError(path, issue.origin === "string" ? "too_long" : "too_large", issue.message)];
      case "too_small":
        if (issue.origin === "string" && Number(issue.minimum) <= 1)
          return [rowError(path, "required", "is required")];
        return [rowError(path, "too_small", issue.message)];
      case "custom": {
        const code = (issue.params as { code?: TRowErrorCode } | undefined)?.code ?? "invalid_value";
        return [rowError(path, code, issue.message)];
      }
      default:
        return [rowError(path, "invalid_value", issue.message)];
    }
  });
}
