import type { TSqlRunner } from "@/lib/db/sql-runner";
import { PORTAL_SETTINGS, RETURN_REASONS } from "@/prisma/seed/base";
import { STAFF } from "./accounts";
import { buildPlan } from "./plan";
import { functionsSql, STEPS, type TStepContext } from "./steps";

// Fills a freshly migrated, empty database with the benchmark distributor. Indexes and foreign
// keys are dropped during the load and rebuilt afterwards (each one timed), then VACUUM ANALYZE.
export type TFillOptions = {
  scale: number;
  seed: number;
  today: string;
  passwordHash: string;
  log?: (line: string) => void;
};
export type TFillTiming = { label: string; rows: number | null; ms: number };

async function count(runner: TSqlRunner, table: string): Promise<number> {
  const [row] = await runner.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
  return row!.n;
}

/** Every non-unique secondary index and foreign key of the app's tables, with the SQL to drop and rebuild it. */
async function secondaryStructures(runner: TSqlRunner) {
  return runner.query<{ phase: number; name: string; create_sql: string; drop_sql: string }>(`
    SELECT 2 AS phase, c.conname::text AS name,
      format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)) AS create_sql,
      format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname) AS drop_sql
    FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
    UNION ALL
    SELECT 1, i.indexname::text, i.indexdef, format('DROP INDEX %I.%I', i.schemaname, i.indexname)
    FROM pg_indexes i
    WHERE i.schemaname = 'public' AND i.tablename <> '_prisma_migrations'
      -- Unique indexes stay: they are rules (and ON CONFLICT targets, e.g. the webhook triggers').
      AND i.indexdef NOT LIKE 'CREATE UNIQUE INDEX%'
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass AND c.contype IN ('p', 'u', 'x'))
    ORDER BY 1, 2`);
}

export async function fillBenchData(runner: TSqlRunner, options: TFillOptions): Promise<TFillTiming[]> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new Error(`Not a date: ${options.today}`);
  if (!Number.isInteger(options.seed)) throw new Error(`The seed must be an integer: ${options.seed}`);
  const log = options.log ?? (() => {});
  const timings: TFillTiming[] = [];
  const timed = async (label: string, table: string | null, run: () => Promise<unknown>) => {
    const started = performance.now();
    await run();
    const timing = {
      label,
      rows: table ? await count(runner, table) : null,
      ms: Math.round(performance.now() - started),
    };
    timings.push(timing);
    log(
      `${label.padEnd(44)} ${timing.rows === null ? "".padStart(14) : `${String(timing.rows).padStart(9)} rows`} ${String(timing.ms).padStart(8)} ms`,
    );
  };

  // Note: a session of our own for the load; PGlite may not know every setting.
  for (const setting of [
    "work_mem = '256MB'",
    "maintenance_work_mem = '512MB'",
    "synchronous_commit = off",
    "jit = off",
  ]) {
    await runner.exec(`SET ${setting}`).catch(() => {});
  }
  const plan = buildPlan(options.scale, options.seed);
  const context: TStepContext = {
    today: options.today,
    seed: options.seed,
    staffUserId: plan.staffUserId,
    rmas: plan.rmas,
    claims: plan.claims,
    deliveredLines: plan.deliveredLines,
  };
  await runner.exec(functionsSql(context));
  const structures = await secondaryStructures(runner);
  await timed(`drop ${structures.length} indexes and foreign keys`, null, async () => {
    for (const s of [...structures].reverse()) await runner.exec(s.drop_sql);
  });

  await timed("settings and return reasons", "ReturnReason", async () => {
    await runner.query(
      `INSERT INTO "PortalSettings" ("id", "returnSurcharge", "termsUrl", "warrantyManualUrl", "returnAddress", "updatedAt") VALUES (1, $1::numeric, $2, $3, $4, now())`,
      [
        PORTAL_SETTINGS.returnSurcharge,
        PORTAL_SETTINGS.termsUrl,
        PORTAL_SETTINGS.warrantyManualUrl,
        PORTAL_SETTINGS.returnAddress,
      ],
    );
    await runner.query(
      `INSERT INTO "ReturnReason" ("id", "code", "labelNl", "labelFr", "labelEn", "labelDe", "sortOrder", "updatedAt")
       SELECT n + 1, code, "labelNl", "labelFr", "labelEn", "labelDe", n, now()
       FROM json_to_recordset($1::json) AS r(code text, "labelNl" text, "labelFr" text, "labelEn" text, "labelDe" text, n int)`,
      [JSON.stringify(RETURN_REASONS.map((reason, n) => ({ ...reason, n })))],
    );
  });
  await runner.exec(`
    CREATE TEMP TABLE bench_plan (k int PRIMARY KEY, erp text, name text, language text, carrier text, special boolean, street text, postal text,
      city text, country text, email text, user_email text, user_name text, n_open int, n_paid int, n_unpaid int);
    CREATE TEMP TABLE bench_seg (customer_id int, seg int, n int, day_from int, day_to int)`);
  await runner.query(
    `INSERT INTO bench_plan SELECT * FROM json_populate_recordset(NULL::bench_plan, $1::json)`,
    [JSON.stringify(plan.dealers)],
  );
  await runner.query(
    `INSERT INTO bench_seg SELECT * FROM json_populate_recordset(NULL::bench_seg, $1::json)`,
    [JSON.stringify(plan.segments)],
  );
  await runner.exec("ANALYZE bench_plan; ANALYZE bench_seg");

  const [customers, ...rest] = STEPS;
  await timed(customers!.label, customers!.table, () => runner.exec(customers!.sql(context)));
  await timed("users", "User", () =>
    runner.query(
      `INSERT INTO "User" ("id", "customerId", "email", "name", "role", "language", "active", "passwordHash", "createdAt", "updatedAt")
       SELECT k, k, user_email, user_name, 'DEALER'::"Role", language::"Language", true, $1,
         $3::date - 1400 + time '08:00', $3::date - 30 + time '08:00'
       FROM bench_plan
       UNION ALL
       SELECT $2::int, NULL, $4, 'Bench Staff', 'STAFF'::"Role", 'nl'::"Language", true, $1, $3::date - 1400 + time '08:00', $3::date - 30 + time '08:00'`,
      [options.passwordHash, plan.staffUserId, options.today, STAFF.email],
    ),
  );
  for (const step of rest) await timed(step.label, step.table, () => runner.exec(step.sql(context)));

  await timed("serial sequences", null, async () => {
    const serials = await runner.query<{ sql: string }>(`
      SELECT format('SELECT setval(%L, coalesce((SELECT max("id") FROM %I), 0) + 1, false)', pg_get_serial_sequence(format('%I', table_name), 'id'), table_name) AS sql
      FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'id' AND column_default LIKE 'nextval%'`);
    for (const s of serials) await runner.query(s.sql);
  });
  await runner.exec("DISCARD TEMP");
  // Note: only the slow rebuilds get a line of their own; the rest are summed up.
  const quiet = { ms: 0, count: 0 };
  for (const s of structures) {
    const started = performance.now();
    await runner.exec(s.create_sql);
    const ms = Math.round(performance.now() - started);
    if (ms < 500) {
      quiet.ms += ms;
      quiet.count++;
      continue;
    }
    timings.push({ label: `${s.phase === 1 ? "index" : "foreign key"} ${s.name}`, rows: null, ms });
    log(`${`${s.phase === 1 ? "index" : "foreign key"} ${s.name}`.padEnd(59)} ${String(ms).padStart(8)} ms`);
  }
  timings.push({ label: `${quiet.count} other indexes and foreign keys`, rows: null, ms: quiet.ms });
  log(`${`${quiet.count} other indexes and foreign keys`.padEnd(59)} ${String(quiet.ms).padStart(8)} ms`);
  await timed("vacuum analyze", null, () => runner.exec("VACUUM (ANALYZE)"));
  await runner.exec("RESET ALL");
  return timings;
}
