import "server-only";
import type { z } from "zod";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { ENTITY_HANDLERS } from "./entities";
import { rowError, type TRowError, toRowErrors } from "./row-errors";
import { ROW_SCHEMAS, type TBatchResult, type TErpEntity, type TRejectedRow } from "./schema";
import type { TTx } from "./upsert-sql";

// One batch of one entity: every row is validated on its own; the valid ones are written in
// one transaction (rows that would break a database rule are set aside first, so the good
// ones still land). A dry run does all of it and rolls back.
export type TValidRow<R> = { index: number; key: string; row: R };
export type TApplyOutcome = { createdKeys: string[]; updatedKeys: string[]; rejected: TRejectedRow[] };
export type TEntityHandler<R> = {
  keyOf: (raw: Record<string, unknown>) => unknown;
  apply: (tx: TTx, rows: TValidRow<R>[], options: { dryRun: boolean }) => Promise<TApplyOutcome>;
};
export type TBatchSource =
  | { kind: "token"; tokenId: number }
  | { kind: "csv"; actorUserId: number | null; fileName: string };
export type TRowOutcome = {
  index: number;
  key?: string;
  outcome: "created" | "updated" | "unchanged" | "rejected";
  errors?: TRowError[];
};
export type TDetailedResult = TBatchResult & { rows: TRowOutcome[] };

class DryRunRollback extends Error {
  constructor(readonly result: unknown) {
    super("dry run");
  }
}

/** Validates and writes one batch inside `tx`; `firstIndex` numbers the rows of a chunk of a larger file. */
export async function applyErpBatch(
  tx: TTx,
  entity: TErpEntity,
  rawRows: unknown[],
  source: TBatchSource,
  { dryRun = false, firstIndex = 0 } = {},
): Promise<TDetailedResult> {
  const handler = ENTITY_HANDLERS[entity] as TEntityHandler<unknown>;
  const schema = ROW_SCHEMAS[entity] as z.ZodType;
  const rejected: TRejectedRow[] = [];
  const valid: TValidRow<unknown>[] = [];
  const seen = new Map<string, number>();
  for (const [i, raw] of rawRows.entries()) {
    const index = firstIndex + i;
    const rawKey = raw && typeof raw === "object" ? handler.keyOf(raw as Record<string, unknown>) : undefined;
    const key = typeof rawKey === "string" && rawKey.trim() ? rawKey.trim() : undefined;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      rejected.push({ index, key, errors: toRowErrors(parsed.error.issues, raw) });
      continue;
    }
    const first = seen.get(key!);
    if (first !== undefined) {
      rejected.push({
        index,
        key,
        errors: [rowError("", "duplicate_key", `has the same key as row ${first} of this batch`)],
      });
      continue;
    }
    seen.set(key!, index);
    valid.push({ index, key: key!, row: parsed.data });
  }

  const outcome = await handler.apply(tx, valid, { dryRun });
  rejected.push(...outcome.rejected);
  rejected.sort((a, b) => a.index - b.index);
  const created = new Set(outcome.createdKeys);
  const updated = new Set(outcome.updatedKeys);
  const rejectedAt = new Map(rejected.map((r) => [r.index, r]));
  const keyAt = new Map(valid.map((v) => [v.index, v.key]));
  const rows: TRowOutcome[] = rawRows.map((_, i) => {
    const index = firstIndex + i;
    const bad = rejectedAt.get(index);
    if (bad) return { index, key: bad.key, outcome: "rejected", errors: bad.errors };
    const key = keyAt.get(index)!;
    return { index, key, outcome: created.has(key) ? "created" : updated.has(key) ? "updated" : "unchanged" };
  });
  const result: TDetailedResult = {
    received: rawRows.length,
    created: created.size,
    updated: updated.size,
    unchanged: valid.length - outcome.rejected.length - created.size - updated.size,
    rejected,
    rows,
  };
  await writeAudit(tx, {
    actorUserId: source.kind === "csv" ? source.actorUserId : null,
    actorRole: source.kind === "csv" ? (source.actorUserId ? "STAFF" : "SYSTEM") : "ERP",
    action: `erp.import.${entity}${dryRun ? ".dry-run" : ""}`,
    objectType: source.kind === "token" ? "ErpToken" : "ErpCsvImport",
    objectId: source.kind === "token" ? String(source.tokenId) : source.fileName,
    after: {
      received: result.received,
      created: result.created,
      updated: result.updated,
      unchanged: result.unchanged,
      rejected: rejected.length,
    },
  });
  return result;
}

/** Runs `work` in one transaction; in a dry run the transaction is rolled back and the result kept. */
export async function inErpTransaction<T>(
  work: (tx: TTx) => Promise<T>,
  { dryRun = false } = {},
): Promise<T> {
  try {
    return await db.$transaction(
      async (tx) => {
        const result = await work(tx);
        if (dryRun) throw new DryRunRollback(result);
        return result;
      },
      { timeout: 300_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (error instanceof DryRunRollback) return error.result as T;
    throw error;
  }
}

export async function runErpBatch(
  entity: TErpEntity,
  rawRows: unknown[],
  source: TBatchSource,
  { dryRun = false } = {},
): Promise<TBatchResult> {
  const { rows: _rows, ...result } = await inErpTransaction(
    (tx) => applyErpBatch(tx, entity, rawRows, source, { dryRun }),
    { dryRun },
  );
  return dryRun ? { ...result, dryRun: true } : result;
}
