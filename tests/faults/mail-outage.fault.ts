import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { FakeResend, type TFakeMode } from "./fake-resend";

// Fault: the mail service is down for a while – 500s, then refused connections, then no
// answer at all, then an answer lost after the mail went out – and then recovers. Mail comes
// from the real RMA submission and password-reset functions on PostgreSQL; the outbox is
// drained the way each instance's periodic drain does (every 30 s, here on a virtual clock).
const fake = new FakeResend(3605);

async function load() {
  process.env.RESEND_API_KEY = "re_fault_key";
  process.env.RESEND_BASE_URL = fake.url;
  vi.resetModules();
  const [{ db }, sender, returns, reset, fixtures] = await Promise.all([
    import("@/lib/db/client"),
    import("@/lib/email/sender"),
    import("@/lib/returns/submit-return-request"),
    import("@/lib/auth/password-reset"),
    import("@/lib/returns/test-fixtures"),
  ]);
  return {
    db,
    drainOutbox: sender.drainOutbox,
    submitReturnRequest: returns.submitReturnRequest,
    requestPasswordReset: reset.requestPasswordReset,
    ...fixtures,
  };
}

beforeAll(() => fake.listen());
afterAll(async () => {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  await fake.close();
});

// Which answer the mail service gives at each 30-second tick: four ticks of 500s, three of
// refused connections, three of no answer, one where the mail goes out but the answer is lost.
const OUTAGE: TFakeMode[] = [
  "error500",
  "error500",
  "error500",
  "error500",
  "refused",
  "refused",
  "refused",
  "hang",
  "hang",
  "hang",
  "acceptThenHang",
];

it("loses no message while the mail service is down and delivers each exactly once after it recovers", async () => {
  const app = await load();
  const reasons = await app.seedReturnReasons();
  const rmaNumbers: string[] = [];
  const resetEmails: string[] = [];
  for (let i = 0; i < 3; i++) {
    const company = await app.seedCompany();
    const lines = [await app.seedLine(company.customer.id), await app.seedLine(company.customer.id)];
    for (const line of lines) {
      const copyEmail = i === 0 ? `copy-${line.id}@garage.test` : "";
      const { rmaNumber } = await app.submitReturnRequest(
        company.tenant,
        app.requestFor([{ id: line.id, reasonId: reasons.defect.id }], { copyEmail }),
      );
      rmaNumbers.push(rmaNumber);
    }
    await app.requestPasswordReset(company.user.email, "10.0.0.1");
    resetEmails.push(company.user.email);
  }
  const messages = await app.db.outboxMessage.findMany({ orderBy: { id: "asc" } });
  expect(messages).toHaveLength(rmaNumbers.length + resetEmails.length);

  const start = new Date(Date.now() + 1000);
  const tick = (n: number) => new Date(start.getTime() + n * 30_000);
  const requestsPerOutageTick: number[] = [];
  for (const [n, mode] of OUTAGE.entries()) {
    await fake.setMode(mode);
    const before = fake.requests.length;
    const result = await app.drainOutbox({ now: tick(n), sendTimeoutMs: 300 });
    expect(result.sent).toBe(0);
    requestsPerOutageTick.push(fake.requests.length - before);
  }
  // While down, every message is still waiting, none given up, and each drain tried the
  // service once instead of waiting for a timeout per message.
  expect(await app.db.outboxMessage.count({ where: { status: "PENDING" } })).toBe(messages.length);
  expect(requestsPerOutageTick.filter((r) => r > 1)).toEqual([]);
  expect(requestsPerOutageTick.slice(0, 4)).toEqual([1, 1, 1, 1]);
  expect(fake.sent).toHaveLength(1); // the one whose answer was lost

  await fake.setMode("ok");
  let n = OUTAGE.length;
  while (
    (await app.db.outboxMessage.count({ where: { status: { not: "SENT" } } })) > 0 &&
    n < OUTAGE.length + 40
  ) {
    await app.drainOutbox({ now: tick(n++), sendTimeoutMs: 300 });
  }

  const rows = await app.db.outboxMessage.findMany({ orderBy: { id: "asc" } });
  expect(rows.map((r) => r.status)).toEqual(rows.map(() => "SENT"));
  // Each outbox message went out exactly once, under its own key; the lost answer's retry
  // carried the same key (so Resend answered with the first send) and nothing else repeated.
  const keys = rows.map((r) => `outbox-${r.id}`);
  expect([...fake.deliveries.keys()].sort()).toEqual([...keys].sort());
  expect([...fake.deliveries.values()].every((count) => count === 1)).toBe(true);
  expect(fake.sent).toHaveLength(rows.length);
  expect([...fake.replays.entries()]).toEqual([[fake.sent[0]!.key, 1]]);
  for (const row of rows) {
    const email = fake.sent.find((e) => e.key === `outbox-${row.id}`)!;
    expect(row.providerId).toBe(email.id);
    expect(email.to).toEqual(row.to);
  }
  // Every action's mail is there once: one confirmation per RMA, one reset mail per request.
  for (const number of rmaNumbers) expect(fake.sent.filter((e) => e.text.includes(number))).toHaveLength(1);
  for (const email of resetEmails)
    expect(fake.sent.filter((e) => e.to.includes(email) && e.text.includes("/set-password/"))).toHaveLength(
      1,
    );
  expect(fake.sent.filter((e) => e.to.some((to) => to.startsWith("copy-")))).toHaveLength(2);
  console.log(
    `mail outage: ${OUTAGE.length} failing ticks, ${fake.requests.length} API requests, ${fake.sent.length} mails delivered once each, ${fake.replays.size} retry absorbed by the idempotency key`,
  );
});
