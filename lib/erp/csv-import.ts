import "server-only";
import { parse } from "csv-parse/sync";
import { AppError } from "@/lib/errors";
import { applyErpBatch, inErpTransaction, type TDetailedResult } from "./batch";
import { CSV_KINDS, convertCsvCell } from "./csv-values";
import { MAX_ROWS_PER_BATCH, type TErpEntity } from "./schema";

// The ERP import from a CSV file (staff and the command line): a header row with the API's
// field names, `;` or `,` as separator, then the same schemas and upserts as the API, in
// batches of 5,000. A dry run computes every row's outcome in one transaction and rolls back.
export type TCsvImportOptions = { dryRun?: boolean; actorUserId?: number | null; fileName?: string };

export function detectSeparator(text: string): ";" | "," {
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const count = (c: string) => header.split(c).length - 1;
  return count(";") >= count(",") && count(";") > 0 ? ";" : ",";
}

export function csvToRows(entity: TErpEntity, text: string): Record<string, unknown>[] {
  let records: Record<string, string>[];
  try {
    records = parse(text, {
      delimiter: detectSeparator(text),
      columns: (header: string[]) => header.map((h) => h.trim()),
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: false,
    }) as Record<string, string>[];
  } catch (error) {
    throw new AppError("VALIDATION", "erp.import.badCsv", {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  const kinds = CSV_KINDS[entity];
  return records.map((record) => {
    const row: Record<string, unknown> = {};
    for (const [field, text] of Object.entries(record)) {
      const value = convertCsvCell(kinds[field] ?? "text", text ?? "");
      if (value !== undefined) row[field] = value;
    }
    return row;
  });
}

export async function importCsv(
  entity: TErpEntity,
  text: string,
  options: TCsvImportOptions = {},
): Promise<TDetailedResult> {
  const rows = csvToRows(entity, text);
  const source = {
    kind: "csv",
    actorUserId: options.actorUserId ?? null,
    fileName: (options.fileName ?? "upload.csv").slice(0, 200),
  } as const;
  const chunks: { first: number; rows: unknown[] }[] = [];
  for (let first = 0; first < rows.length; first += MAX_ROWS_PER_BATCH)
    chunks.push({ first, rows: rows.slice(first, first + MAX_ROWS_PER_BATCH) });
  const total: TDetailedResult = {
    received: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: [],
    rows: [],
  };
  const add = (part: TDetailedResult) => {
    total.received += part.received;
    total.created += part.created;
    total.updated += part.updated;
    total.unchanged += part.unchanged;
    total.rejected.push(...part.rejected);
    total.rows.push(...part.rows);
  };
  if (options.dryRun) {
    const parts = await inErpTransaction(
      async (tx) => {
        const done: TDetailedResult[] = [];
        for (const chunk of chunks)
          done.push(
            await applyErpBatch(tx, entity, chunk.rows, source, { dryRun: true, firstIndex: chunk.first }),
          );
        return done;
      },
      { dryRun: true },
    );
    parts.forEach(add);
    return total;
  }
  for (const chunk of chunks)
    add(
      await inErpTransaction((tx) =>
        applyErpBatch(tx, entity, chunk.rows, source, { firstIndex: chunk.first }),
      ),
    );
  return total;
}
