import "server-only";
import { drainWebhooks } from "@/lib/erp/webhooks/deliver";
import { logError } from "@/lib/log";
import { drainOutbox } from "./sender";

// The safety net behind after(): every 30 s each instance drains what is due (messages whose
// after() never ran, retries whose backoff has passed). Instances can overlap safely; within
// one process a tick is skipped while the previous one still runs. The ERP webhooks
// (lib/erp/webhooks/deliver.ts) are drained on the same tick, after the mail.
const INTERVAL_MS = 30_000;
const BATCH = 50;
const state = globalThis as unknown as { outboxDrainTimer?: NodeJS.Timeout; outboxDrainRunning?: boolean };

export function startPeriodicOutboxDrain(): void {
  if (state.outboxDrainTimer) return;
  state.outboxDrainTimer = setInterval(() => void drainDueMessages(), INTERVAL_MS);
  state.outboxDrainTimer.unref();
}

async function drainDueMessages(): Promise<void> {
  if (state.outboxDrainRunning) return;
  state.outboxDrainRunning = true;
  try {
    // A full batch means more may be due: keep going until the queue is empty for now.
    let result: Awaited<ReturnType<typeof drainOutbox>>;
    do result = await drainOutbox({ limit: BATCH });
    while (result.claimed === BATCH);
  } catch (error) {
    await logError("periodic outbox drain", error);
  }
  try {
    let result: Awaited<ReturnType<typeof drainWebhooks>>;
    do result = await drainWebhooks({ limit: BATCH });
    while (result.claimed === BATCH);
  } catch (error) {
    await logError("periodic webhook drain", error);
  } finally {
    state.outboxDrainRunning = false;
  }
}
