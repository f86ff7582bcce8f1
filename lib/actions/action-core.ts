import "server-only";
import { createTranslator } from "next-intl";
import { getLocale } from "next-intl/server";
import type { z } from "zod";
import { scheduleOutboxDrain } from "@/lib/email/schedule";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { isMessageKey, type TAppMessages } from "@/lib/i18n/message-keys";
import { loadMessages } from "@/lib/i18n/messages";
import { logError } from "@/lib/log";
import { fieldErrorsOf } from "./field-errors";
import type { TActionResult } from "./result";
import { unstorablePaths } from "./unstorable";

/** Who may call an action: the context its handler gets, or null for "not for you" (answered NOT_FOUND). */
export type TAuthorize<C> = () => Promise<C | null>;
export type TActionHandler<S extends z.ZodType, C, T> = (input: z.output<S>, context: C) => Promise<T>;

// The one shape of every server action: role check → unstorable text refused → parse once →
// handler with the parsed value and the caller's context → TActionResult. The role check comes
// first, so a caller without the role learns nothing about the input (not even its field names).
// After a success (the handler's transaction has committed) the outbox is drained once the
// response is out. Expected failures come back translated; unexpected ones are logged with a
// request id and answered generically; Next's redirect/notFound pass through.
export function createActionBuilder<C>(authorize: TAuthorize<C>) {
  return <S extends z.ZodType, T>(schema: S, handler: TActionHandler<S, C, T>) =>
    async (raw: unknown): Promise<TActionResult<T>> => {
      const t = await actionTranslator();
      try {
        const context = await authorize();
        if (context === null) return notFound(t);
        const unstorable = unstorablePaths(raw);
        if (unstorable.length) {
          return invalid(t, Object.fromEntries(unstorable.map((key) => [key, ["errors.invalidCharacters"]])));
        }
        const parsed = await schema.safeParseAsync(raw);
        if (!parsed.success) return invalid(t, fieldErrorsOf(parsed.error.issues));
        const data = await handler(parsed.data, context);
        scheduleOutboxDrain();
        return { ok: true, data };
      } catch (error) {
        return answerError(t, error);
      }
    };
}

type TActionTranslator = {
  translate: ReturnType<typeof createTranslator<TAppMessages>>;
  messages: TAppMessages;
};

async function actionTranslator(): Promise<TActionTranslator> {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const messages = await loadMessages(locale);
  return { translate: createTranslator({ locale, messages }), messages };
}

/** zod messages in our schemas are translation keys ("errors.required"); other texts pass through. */
function translateText(t: TActionTranslator, text: string): string {
  return isMessageKey(t.messages, text) ? t.translate(text) : text;
}

function translateFieldErrors(
  t: TActionTranslator,
  fieldErrors: Record<string, string[]>,
): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([key, texts]) => [key, texts.map((m) => translateText(t, m))]),
  );
}

function invalid(t: TActionTranslator, fieldErrors: Record<string, string[]>): TActionResult<never> {
  return {
    ok: false,
    code: "VALIDATION",
    message: t.translate("errors.validation"),
    fieldErrors: translateFieldErrors(t, fieldErrors),
  };
}

function notFound(t: TActionTranslator): TActionResult<never> {
  return { ok: false, code: "NOT_FOUND", message: t.translate("errors.notFound") };
}

async function answerError(t: TActionTranslator, error: unknown): Promise<TActionResult<never>> {
  // Note: an id beyond PostgreSQL's int4 (a forged or typed number) names no row; the database
  // refuses it (P2020).
  if (isOutOfRange(error)) return notFound(t);
  if (error instanceof AppError) {
    const fieldErrors = error.fieldErrors ? translateFieldErrors(t, error.fieldErrors) : undefined;
    return { ok: false, code: error.code, message: t.translate(error.messageKey, error.values), fieldErrors };
  }
  if (isNextControlFlow(error)) {
    scheduleOutboxDrain();
    throw error;
  }
  const requestId = await logError("server action failed", error);
  return { ok: false, code: "INTERNAL", message: t.translate("errors.internal", { requestId }) };
}

function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string") return false;
  return (
    digest.startsWith("NEXT_REDIRECT") ||
    digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") ||
    digest === "NEXT_NOT_FOUND"
  );
}

function isOutOfRange(error: unknown): boolean {
  type TPrismaError = {
    code?: unknown;
    meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } };
  };
  const e = error as TPrismaError | null;
  // P2020 from Prisma's own queries; raw queries (P2010) carry PostgreSQL's 22003 (numeric value out of range).
  return e?.code === "P2020" || e?.meta?.driverAdapterError?.cause?.originalCode === "22003";
}
