import "server-only";
import { after } from "next/server";
import { logError } from "@/lib/log";
import { drainOutbox } from "./sender";

// Delivers the outbox once the response has gone out. Call it after the transaction that
// enqueued a mail has committed. Mail never breaks a request: failures are only logged, and
// the periodic drain (instrumentation.ts) picks up whatever this one missed.
export function scheduleOutboxDrain(): void {
  try {
    after(async () => {
      try {
        await drainOutbox();
      } catch (error) {
        await logError("outbox drain after response", error);
      }
    });
  } catch (error) {
    void logError("outbox drain not scheduled", error);
  }
}
