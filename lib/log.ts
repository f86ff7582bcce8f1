import "server-only";
import { headers } from "next/headers";
import pino, { type Logger } from "pino";
import { env } from "./env";
import { REQUEST_ID_HEADER, requestIdFor } from "./request-id";

// The server's one logger: JSON lines on stdout (pino). While serving a request, log through
// `requestLogger()` so each line carries the request's id.
export const logger = pino({
  level: env.LOG_LEVEL,
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
});

/** The id proxy.ts gave the current request; undefined outside a request (startup, periodic jobs). */
export async function currentRequestId(): Promise<string | undefined> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    return undefined;
  }
}

/** A logger whose every line carries the current request's id. */
export async function requestLogger(): Promise<Logger> {
  const requestId = await currentRequestId();
  return requestId ? logger.child({ requestId }) : logger;
}

/** Logs an unexpected error under the request's id (a new one outside a request); returns it for the user. */
export async function logError(context: string, error: unknown): Promise<string> {
  const requestId = (await currentRequestId()) ?? requestIdFor(null);
  logger.error({ requestId, err: error }, context);
  return requestId;
}
