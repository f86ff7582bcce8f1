import type { FieldError, FieldErrors, Resolver } from "react-hook-form";
import type { TReturnRequest } from "@/lib/returns/schema";
import type { TConfirmLine } from "./confirm-lines";

// The confirmation's check in the browser: the schema's errors and, in the same pass, each line
// whose quantity is above what is left to return (the schema cannot know), so the dealer sees
// every error at once rather than one after another.
export function withQuantityLimits(
  resolver: Resolver<TReturnRequest>,
  lines: Map<number, TConfirmLine>,
  tooMany: (line: TConfirmLine) => string,
): Resolver<TReturnRequest> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    const lineErrors: Array<{ quantity: FieldError } | undefined> = [];
    (values.lines ?? []).forEach((value, index) => {
      const line = lines.get(value.deliveredLineId);
      if (line && Number.isInteger(value.quantity) && value.quantity > line.remaining) {
        lineErrors[index] = { quantity: { type: "max", message: tooMany(line) } };
      }
    });
    if (lineErrors.length === 0) return result;
    const errors = { ...result.errors } as FieldErrors<TReturnRequest>;
    const existing: Array<object | undefined> = Array.isArray(errors.lines) ? [...errors.lines] : [];
    lineErrors.forEach((error, index) => {
      if (error) existing[index] = { ...existing[index], ...error };
    });
    errors.lines = existing as unknown as FieldErrors<TReturnRequest>["lines"];
    return { values: {}, errors };
  };
}
