import "server-only";
import { Readable } from "node:stream";
import contentDisposition from "content-disposition";
import { createTranslator } from "next-intl";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import type { TLocale } from "@/lib/i18n/locales";
import de from "@/lib/i18n/messages/de/errors.json";
import en from "@/lib/i18n/messages/en/errors.json";
import fr from "@/lib/i18n/messages/fr/errors.json";
import nl from "@/lib/i18n/messages/nl/errors.json";
import { logError } from "@/lib/log";

// The one answer for a file (PDF, CSV, document, attachment) and for its failure: one filename
// encoder, and headers that keep the file private. Route handlers reach it through file-route.ts.

export type TFile = {
  body: Uint8Array | string | ReadableStream<Uint8Array> | NodeJS.ReadableStream;
  fileName: string;
  contentType: string;
  /** "inline" only for PDFs (ours, or the ERP's when it is a PDF); everything else downloads. */
  disposition: "inline" | "attachment";
};

// Note: a signed-in user's file is never stored by a browser or proxy, and never content-sniffed
// (an uploaded file must not be rendered as a page of the portal).
const PRIVATE_HEADERS = {
  "Cache-Control": "private, no-store",
  "X-Content-Type-Options": "nosniff",
} as const;
const ERROR_MESSAGES = { nl, fr, en, de } as const;

/** Content-Disposition with an ASCII fallback name and the full UTF-8 name (RFC 6266 filename*). */
export function dispositionHeader(fileName: string, disposition: TFile["disposition"]): string {
  // Control characters and path separators could break the header or hint at a folder.
  const name = fileName.replace(/[\u0000-\u001f\u007f/\\]+/g, "_").trim() || "download";
  const ascii = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_");
  return contentDisposition(name, { type: disposition, fallback: ascii });
}

export function fileResponse(file: TFile): Response {
  const headers: Record<string, string> = {
    ...PRIVATE_HEADERS,
    "Content-Type": file.contentType,
    "Content-Disposition": dispositionHeader(file.fileName, file.disposition),
  };
  if (file.body instanceof Uint8Array) headers["Content-Length"] = String(file.body.byteLength);
  return new Response(toBody(file.body), { headers });
}

function toBody(body: TFile["body"]): BodyInit {
  if (body instanceof Uint8Array) return body as Uint8Array<ArrayBuffer>;
  if (body instanceof Readable) return Readable.toWeb(body) as ReadableStream<Uint8Array>;
  return body as string | ReadableStream<Uint8Array>;
}

/** An AppError as its status (404: missing or another tenant's record); anything else a logged 500. */
export async function errorResponse(error: unknown, locale: TLocale): Promise<Response> {
  const t = createTranslator({ locale, messages: { errors: ERROR_MESSAGES[locale] }, namespace: "errors" });
  const [status, text] =
    error instanceof AppError
      ? [HTTP_STATUS[error.code], t(error.code)]
      : [500, t("internal", { requestId: await logError("file answer", error) })];
  const headers = { ...PRIVATE_HEADERS, "Content-Type": "text/plain; charset=utf-8" };
  return new Response(text, { status, headers });
}
