import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { scheduleOutboxDrain } from "@/lib/email/schedule";
import { AppError } from "@/lib/errors";
import { logError } from "@/lib/log";
import type { TActionResult } from "./result";

// Every server action: parse the input with its zod schema, run the handler (which calls
// require…() and does its work in one transaction), and return a TActionResult. After a
// success (the transaction has committed) the outbox is drained once the response is out. Expected
// failures come back translated; unexpected ones are logged and answered generically.
export function defineAction<S extends z.ZodType, T>(schema: S, handler: (input: z.infer<S>) => Promise<T>) {
  return async (raw: unknown): Promise<TActionResult<T>> => {
    const t = await getTranslations();
    const unstorable = unstorablePaths(raw);
    if (unstorable.length) {
      const fieldErrors = Object.fromEntries(unstorable.map((key) => [key, [t("errors.invalidCharacters")]]));
      return { ok: false, code: "VALIDATION", message: t("errors.validation"), fieldErrors };
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.join(".") || "_form";
        (fieldErrors[key] ??= []).push(translateIssue(t, issue.message));
      }
      return { ok: false, code: "VALIDATION", message: t("errors.validation"), fieldErrors };
    }
    try {
      const data = await handler(parsed.data);
      scheduleOutboxDrain();
      return { ok: true, data };
    } catch (error) {
      // Note: an id beyond PostgreSQL's int4 (a forged or typed number) names no row; the database refuses it (P2020).
      if (isOutOfRange(error)) return { ok: false, code: "NOT_FOUND", message: t("errors.notFound") };
      if (error instanceof AppError) {
        const fieldErrors = error.fieldErrors
          ? Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [k, v.map((m) => translateIssue(t, m))]))
          : undefined;
        return { ok: false, code: error.code, message: t(error.messageKey as never, error.values as never), fieldErrors };
      }
      if (isNextControlFlow(error)) {
        scheduleOutboxDrain();
        throw error;
      }
      const requestId = await logError("server action failed", error);
      return { ok: false, code: "INTERNAL", message: t("errors.internal", { requestId }) };
    }
  };
}

/** zod messages in our schemas are translation keys ("errors.required"); others pass through. */
function translateIssue(t: Awaited<ReturnType<typeof getTranslations>>, message: string): string {
  return t.has(message as never) ? t(message as never) : message;
}

function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") || digest === "NEXT_NOT_FOUND");
}

/**
 * Paths of the strings in the input that PostgreSQL can't store: NUL characters and unpaired
 * surrogates (text refuses NUL, jsonb refuses both). Refused up front, so no schema can forget it.
 */
export function unstorablePaths(value: unknown, path: string[] = [], found: string[] = []): string[] {
  if (typeof value === "string") {
    if (value.includes("\u0000") || !value.isWellFormed()) found.push(path.join(".") || "_form");
  } else if (value && typeof value === "object" && path.length < 20 && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype)) {
    for (const [key, child] of Object.entries(value)) unstorablePaths(child, [...path, key], found);
  }
  return found;
}

function isOutOfRange(error: unknown): boolean {
  const e = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null;
  // P2020 from Prisma's own queries; raw queries (P2010) carry PostgreSQL's 22003, numeric value out of range.
  return e?.code === "P2020" || e?.meta?.driverAdapterError?.cause?.originalCode === "22003";
}
