import { randomUUID } from "node:crypto";

// Unexpected errors are logged with a request id that the user sees, so support can find them.
export function logError(context: string, error: unknown): string {
  const requestId = randomUUID().slice(0, 8);
  console.error(JSON.stringify({ level: "error", requestId, context, error: error instanceof Error ? error.stack : String(error) }));
  return requestId;
}
