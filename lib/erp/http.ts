import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { logError } from "@/lib/log";
import { rateLimit, type TRateLimitResult } from "@/lib/rate-limit/rate-limit";
import { runErpBatch } from "./batch";
import { rowError, type TRowError, toRowErrors } from "./row-errors";
import { type TErpEntity, ZBatchRequestSchema } from "./schema";
import { authenticateErpRequest, type TErpTokenRow } from "./tokens";

// The HTTP side of the ERP API: bearer token, rate limit, body limit, errors as RFC 9457 problem
// details (application/problem+json). Answers are for a machine, so they are in English and carry
// a stable `code`; `error` repeats code and message for 1.0 clients (deprecated, docs/erp-api.md).
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

const MESSAGES: Record<string, string> = {
  "erp.api.unauthenticated": "Missing, unknown or revoked bearer token",
  "erp.api.rateLimited": "Too many requests for this token; try again in a minute",
  "erp.api.tooLarge": `The body exceeds ${MAX_BODY_BYTES} bytes`,
  "erp.api.malformedJson": "The body is not valid JSON",
  "erp.api.malformedBody": 'The body must be { "rows": [ … ] }',
  "erp.api.badCursor": "The cursor is not one this API gave out",
  "erp.api.badQuery": "The query parameters are invalid",
};

/** An AppError that names what was wrong, field by field. */
export class ErpRequestError extends AppError {
  constructor(
    messageKey: "erp.api.malformedBody" | "erp.api.badQuery",
    readonly errors: TRowError[],
  ) {
    super("VALIDATION", messageKey);
  }
}

export const problemType = (code: string) =>
  `tag:dealer-portal,2026:erp/${code.toLowerCase().replace(/_/g, "-")}`;

/** An RFC 9457 problem: type, title, status, plus our `code` (and `errors` per field). */
export function problemResponse(
  status: number,
  code: string,
  title: string,
  {
    detail,
    errors,
    headers,
  }: { detail?: string; errors?: TRowError[]; headers?: Record<string, string> } = {},
): Response {
  const body = {
    type: problemType(code),
    title,
    status,
    code,
    ...(detail ? { detail } : {}),
    ...(errors ? { errors } : {}),
    error: { code, message: detail ?? title },
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/problem+json", "cache-control": "no-store", ...headers },
  });
}

export function errorResponse(error: AppError): Response {
  const title = MESSAGES[error.messageKey] ?? error.messageKey;
  const errors = error instanceof ErpRequestError ? error.errors : undefined;
  return problemResponse(HTTP_STATUS[error.code], error.code, title, { errors });
}

/** 405 for a method the path does not take, with Allow (no token needed: it reveals nothing). */
export function erpMethodNotAllowed(allow: string) {
  return (request: Request) =>
    problemResponse(405, "METHOD_NOT_ALLOWED", `${request.method} is not allowed here; allowed: ${allow}`, {
      headers: { allow },
    });
}

/** OPTIONS: the methods the path takes. */
export function erpOptions(allow: string) {
  return () => new Response(null, { status: 204, headers: { allow: `${allow}, OPTIONS` } });
}

/** 404 for any other path under /api/erp/. */
export function erpNotFound(request: Request): Response {
  const path = new URL(request.url).pathname;
  return problemResponse(404, "NOT_FOUND", "No such path in the ERP API", {
    detail: `${path} is not a path of the ERP API; see /api/erp/v1/openapi.json`,
  });
}

/** The token's budget on every answer (X-RateLimit-Reset in epoch seconds, as GitHub's API has it). */
function withRateLimitHeaders(response: Response, limit: TRateLimitResult): Response {
  response.headers.set("X-RateLimit-Limit", String(limit.limit));
  response.headers.set("X-RateLimit-Remaining", String(limit.remaining));
  response.headers.set("X-RateLimit-Reset", String(Math.ceil(limit.resetAt.getTime() / 1000)));
  if (!limit.ok) response.headers.set("Retry-After", String(limit.retryAfterSeconds));
  return response;
}

/**
 * Authenticates and rate-limits (one counted request, before any work), then runs `handle`; every
 * failure becomes a JSON answer.
 */
export async function withErpToken(
  request: Request,
  handle: (token: TErpTokenRow) => Promise<Response>,
): Promise<Response> {
  let limit: TRateLimitResult | undefined;
  let response: Response;
  try {
    const token = await authenticateErpRequest(request);
    limit = await rateLimit("erp-token", String(token.id));
    if (!limit.ok) throw new AppError("RATE_LIMITED", "erp.api.rateLimited");
    response = await handle(token);
  } catch (error) {
    if (error instanceof AppError) {
      response = errorResponse(error);
    } else {
      const requestId = await logError("erp api", error);
      response = problemResponse(500, "INTERNAL", "Unexpected error", { detail: `request id ${requestId}` });
    }
  }
  return limit ? withRateLimitHeaders(response, limit) : response;
}

export async function readBody(request: Request): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw new AppError("TOO_LARGE", "erp.api.tooLarge");
  if (!request.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) throw new AppError("TOO_LARGE", "erp.api.tooLarge");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function erpImportHandler(entity: TErpEntity) {
  return (request: Request) =>
    withErpToken(request, async (token) => {
      let rows: unknown[];
      let dryRun: boolean;
      try {
        const text = await readBody(request);
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          throw new AppError("VALIDATION", "erp.api.malformedJson");
        }
        const parsed = ZBatchRequestSchema.safeParse(json);
        if (!parsed.success)
          throw new ErpRequestError("erp.api.malformedBody", toRowErrors(parsed.error.issues, json));
        rows = parsed.data.rows;
        dryRun = parseDryRun(request);
      } catch (error) {
        if (error instanceof AppError) await auditRefusedImport(token.id, entity, error);
        throw error;
      }
      return Response.json(await runErpBatch(entity, rows, { kind: "token", tokenId: token.id }, { dryRun }));
    });
}

/** ?dryRun=true: the same answer, nothing written. */
export function parseDryRun(request: Request): boolean {
  const value = new URL(request.url).searchParams.get("dryRun");
  if (value === null || value === "false") return false;
  if (value === "true") return true;
  throw new ErpRequestError("erp.api.badQuery", [
    rowError("dryRun", "invalid_value", 'must be "true" or "false"'),
  ]);
}

/** A refused write leaves an audit entry for its token; reads leave none. */
async function auditRefusedImport(tokenId: number, entity: TErpEntity, error: AppError): Promise<void> {
  await writeAudit(db, {
    actorUserId: null,
    actorRole: "ERP",
    actorErpTokenId: tokenId,
    action: `erp.refused.${entity}`,
    objectType: "ErpToken",
    objectId: String(tokenId),
    after: { code: error.code },
  });
}
