// Runs once when a server instance starts: on Node.js, start the periodic outbox drain.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startPeriodicOutboxDrain } = await import("./lib/email/periodic-drain");
  startPeriodicOutboxDrain();
}
