import type { Instrumentation } from "next";

// Runs once when a server instance starts: on Node.js, let finished renders go (abort reasons'
// stacks, lib/runtime/abort-reason-stacks.ts) and start the periodic outbox drain.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { formatAbortReasonStacks } = await import("./lib/runtime/abort-reason-stacks");
  formatAbortReasonStacks();
  const { startPeriodicOutboxDrain } = await import("./lib/email/periodic-drain");
  startPeriodicOutboxDrain();
}

// Errors no code of ours caught (a page, route handler or action that threw): one log line with
// the request's id and the digest the browser got.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("./lib/log");
  const requestId = request.headers["x-request-id"];
  const digest = (error as { digest?: unknown } | null)?.digest;
  const { method, path } = request;
  const { routePath: route, routeType } = context;
  logger.error({ requestId, digest, method, path, route, routeType, err: error }, "request failed");
};
