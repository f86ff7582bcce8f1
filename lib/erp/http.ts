import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { logError } from "@/lib/log";
import { rateLimit, type TRateLimitResult } from "@/lib/rate-limit/rate-limit";
import { formatIssues, runErpBatch } from "./batch";
import { type TErpEntity, ZBatchRequestSchema } from "./schema";
import { authenticateErpRequest, type TErpTokenRow } from "./tokens";

// The HTTP side of the ERP API: bearer token, rate limit, body limit, JSON errors. Answers are
// for a machine, so they are in English and carry a stable `code`.
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

export function errorResponse(error: AppError, details?: string[]): Response {
  const body = {
    error: {
      code: error.code,
      message: MESSAGES[error.messageKey] ?? error.messageKey,
      ...(details ? { details } : {}),
    },
  };
  return Response.json(body, { status: HTTP_STATUS[error.code] });
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
      response = errorResponse(error, error.fieldErrors?._ ?? undefined);
    } else {
      const requestId = await logError("erp api", error);
      const body = { error: { code: "INTERNAL", message: `Unexpected error (request id ${requestId})` } };
      response = Response.json(body, { status: 500 });
    }
  }
  return limit ? withRateLimitHeaders(response, limit) : response;
}

async function readBody(request: Request): Promise<string> {
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
          throw new AppError(
            "VALIDATION",
            "erp.api.malformedBody",
            {},
            { _: formatIssues(parsed.error.issues) },
          );
        rows = parsed.data.rows;
      } catch (error) {
        if (error instanceof AppError) await auditRefusedImport(token.id, entity, error);
        throw error;
      }
      return Response.json(await runErpBatch(entity, rows, { kind: "token", tokenId: token.id }));
    });
}

/** A refused write leaves an audit entry for its token; reads leave none. */
async function auditRefusedImport(tokenId: number, entity: TErpEntity, error: AppError): Promise<void> {
  await writeAudit(db, {
    actorUserId: null,
    actorRole: "ERP",
    action: `erp.refused.${entity}`,
    objectType: "ErpToken",
    objectId: String(tokenId),
    after: { code: error.code },
  });
}
