import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { cloneSeededDatabase, withClient } from "./cluster";
import { actionId, postAction, signIn, sleep, startPortal, stopPortal, type TPortal } from "./portal";

// Fault: the server is killed (SIGKILL) while an RMA submission waits inside its transaction.
// A test connection holds the row lock on the delivered line the submission must lock, so the
// submission is provably mid-transaction when the process dies. Afterwards the RMA exists
// whole (RMA, lines, quantities, audit, outbox) or not at all; a restarted server works, and
// resubmitting with the same idempotency key creates exactly one RMA.
const DB = "faults_kill";
const PORT = 3602;
const SUBMIT = {
  page: "/returns/new/confirm",
  name: "submitReturnRequestAction",
  file: "lib/returns/actions.ts",
};

let portal: TPortal | undefined;
let databaseUrl = "";
beforeAll(async () => {
  databaseUrl = await cloneSeededDatabase(DB);
  portal = await startPortal({ port: PORT, databaseUrl });
});
afterAll(() => stopPortal(portal));

type TState = {
  rmas: number;
  rmaLines: number;
  audits: number;
  outbox: number;
  inRequest: number;
  remaining: number;
  withKey: number;
};

function state(lineId: number, key: string): Promise<TState> {
  return withClient(DB, async (client) => {
    const count = async (sql: string, params: unknown[] = []) =>
      Number((await client.query(sql, params)).rows[0].count);
    const line = (
      await client.query(
        `SELECT "quantityDelivered" - "quantityReturned" - "quantityInRequest" AS remaining, "quantityInRequest" FROM "DeliveredLine" WHERE id = $1`,
        [lineId],
      )
    ).rows[0];
    return {
      rmas: await count(`SELECT count(*) FROM "Rma"`),
      rmaLines: await count(`SELECT count(*) FROM "RmaLine" WHERE "deliveredLineId" = $1`, [lineId]),
      audits: await count(`SELECT count(*) FROM "AuditEntry" WHERE action = 'rma.create'`),
      outbox: await count(`SELECT count(*) FROM "OutboxMessage" WHERE template = 'rma-confirmation'`),
      inRequest: Number(line.quantityInRequest),
      remaining: Number(line.remaining),
      withKey: await count(`SELECT count(*) FROM "Rma" WHERE "idempotencyKey" = $1`, [key]),
    };
  });
}

/** The line's RMA for this key is complete: its RMA line, the counter, the audit entry and the mail. */
async function expectWholeRma(key: string, lineId: number, quantity: number) {
  await withClient(DB, async (client) => {
    const rma = (await client.query(`SELECT id, number FROM "Rma" WHERE "idempotencyKey" = $1`, [key])).rows;
    expect(rma).toHaveLength(1);
    const lines = (
      await client.query(`SELECT "deliveredLineId", "quantityExpected" FROM "RmaLine" WHERE "rmaId" = $1`, [
        rma[0].id,
      ])
    ).rows;
    expect(lines).toEqual([{ deliveredLineId: lineId, quantityExpected: quantity }]);
    expect(
      (
        await client.query(`SELECT 1 FROM "AuditEntry" WHERE action = 'rma.create' AND "objectId" = $1`, [
          rma[0].number,
        ])
      ).rowCount,
    ).toBe(1);
    expect(
      (
        await client.query(
          `SELECT 1 FROM "OutboxMessage" WHERE template = 'rma-confirmation' AND subject LIKE $1`,
          [`%${rma[0].number}%`],
        )
      ).rowCount,
    ).toBe(1);
  });
}

it("keeps an RMA submission all-or-nothing when the server is killed mid-transaction, and a resubmission creates it once", async () => {
  const cookie = await signIn(portal!, "dealer@demo.test");
  const id = actionId(SUBMIT.name, SUBMIT.file);
  const { lineId, reasonId } = await withClient(DB, async (client) => {
    const line = await client.query(
      `SELECT l.id FROM "DeliveredLine" l JOIN "Customer" c ON c.id = l."customerId"
       WHERE c."erpNumber" = '10001' AND NOT l."specialOrder" AND l."deliveryDate" > now() - interval '11 months'
         AND l."quantityDelivered" - l."quantityReturned" - l."quantityInRequest" >= 3
       ORDER BY l.id LIMIT 1`,
    );
    const reason = await client.query(`SELECT id FROM "ReturnReason" WHERE active ORDER BY id LIMIT 1`);
    return { lineId: line.rows[0].id as number, reasonId: reason.rows[0].id as number };
  });
  const key = randomUUID();
  const input = {
    idempotencyKey: key,
    lines: [{ deliveredLineId: lineId, quantity: 1, reasonId }],
    reference: "kill -9",
    remarks: "",
    copyEmail: "",
    acceptTerms: true,
  };
  const before = await state(lineId, key);

  // Hold the line's row lock, send the submission, and wait until it is blocked on that lock.
  const blocked = await withClient(DB, async (locker) => {
    await locker.query("BEGIN");
    await locker.query(`SELECT id FROM "DeliveredLine" WHERE id = $1 FOR UPDATE`, [lineId]);
    const submission = postAction(portal!, { page: SUBMIT.page, id, args: [input], cookie }).then(
      async (response) => `answered ${response.status}: ${(await response.text()).slice(0, 300)}`,
      (error: Error) => `connection lost: ${error.message}`,
    );
    // Note: pg_stat_activity is a snapshot per transaction, so it is read outside the locker's.
    const waiting = await withClient(DB, async (watcher) => {
      const deadline = Date.now() + 30_000;
      let count = 0;
      while (!count && Date.now() < deadline) {
        const rows = await watcher.query(
          `SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock' AND query LIKE '%"DeliveredLine"%FOR UPDATE%'`,
          [DB],
        );
        count = Number(rows.rows[0].count);
        if (!count) await sleep(50);
      }
      return count;
    });
    // kill -9 while it waits; then release the lock.
    await portal!.kill("SIGKILL");
    const outcome = await submission;
    await locker.query("ROLLBACK");
    return { waiting, outcome };
  });
  expect(blocked).toMatchObject({ waiting: 1, outcome: expect.stringMatching(/^connection lost/) });

  // PostgreSQL ends the dead server's sessions (and rolls back their transactions) on its own.
  const deadline = Date.now() + 30_000;
  let leftover = 1;
  while (leftover && Date.now() < deadline) {
    leftover = await withClient(DB, async (client) =>
      Number(
        (
          await client.query(
            `SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
            [DB],
          )
        ).rows[0].count,
      ),
    );
    if (leftover) await sleep(100);
  }
  expect(leftover).toBe(0);
  const after = await state(lineId, key);
  if (after.withKey === 0) {
    expect(after).toEqual(before); // none of it: no RMA, line, audit, mail; remaining-to-return unchanged
  } else {
    await expectWholeRma(key, lineId, 1);
    expect(after.remaining).toBe(before.remaining - 1);
  }
  console.log(
    `kill -9 during an RMA submission: ${after.withKey === 0 ? "nothing of it was stored" : "the whole RMA was stored"}`,
  );

  // A restarted server works, and the same submission again (twice) creates exactly one RMA.
  portal = await startPortal({ port: PORT, databaseUrl });
  for (const path of ["/", "/returns"]) {
    const page = await fetch(`${portal.url}${path}`, { headers: { cookie }, redirect: "manual" });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Garage Dupont");
  }
  const answers = await Promise.all(
    [0, 1].map(() =>
      postAction(portal!, { page: SUBMIT.page, id, args: [input], cookie }).then(async (r) => ({
        status: r.status,
        body: await r.text(),
      })),
    ),
  );
  for (const answer of answers) {
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('"ok":true');
  }
  const final = await state(lineId, key);
  expect(final.withKey).toBe(1);
  expect(final.rmas).toBe(before.rmas + 1);
  expect(final.remaining).toBe(before.remaining - 1);
  expect(final.inRequest).toBe(before.inRequest + 1);
  expect(final.audits).toBe(before.audits + 1);
  expect(final.outbox).toBe(before.outbox + 1);
  await expectWholeRma(key, lineId, 1);
});
