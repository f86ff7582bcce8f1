import type { TMessageKey } from "@/lib/i18n/message-keys";

// One error type for every expected failure. Actions return it as `{ ok: false, code, … }`;
// route handlers map it to an HTTP status. `messageKey` is a full translation key, e.g. "returns.onlyNLeft".
export type TErrorCode =
  | "VALIDATION"
  | "NOT_FOUND"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "TOO_LARGE";

export const HTTP_STATUS: Record<TErrorCode, number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  TOO_LARGE: 413,
};

export class AppError extends Error {
  constructor(
    readonly code: TErrorCode,
    /** Full translation key, e.g. "returns.onlyNLeft" or "errors.notFound". */
    readonly messageKey: TMessageKey = `errors.${code}`,
    /** Values for the message's placeholders. */
    readonly values: Record<string, string | number> = {},
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
  }
}

export const notFound = () => new AppError("NOT_FOUND", "errors.notFound");
