// npm run import -- --entity delivered-lines [--dry-run] FILE – the ERP import from a CSV file
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { describeRowError } from "../lib/erp/row-errors";
import { ERP_ENTITIES, type TErpEntity } from "../lib/erp/schema";

const usage = `Usage: npm run import -- --entity <${ERP_ENTITIES.join("|")}> [--dry-run] FILE.csv`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      entity: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      help: { type: "boolean" },
    },
    allowPositionals: true,
  });
  const entity = values.entity as TErpEntity | undefined;
  if (values.help || !entity || !ERP_ENTITIES.includes(entity) || positionals.length !== 1) {
    console.error(usage);
    return 1;
  }
  const file = positionals[0]!;
  const text = await readFile(file, "utf8");
  const { importCsv } = await import("../lib/erp/csv-import");
  const dryRun = values["dry-run"];
  const result = await importCsv(entity, text, { dryRun, fileName: path.basename(file) });
  // Line numbers count the header as line 1.
  for (const row of result.rows) {
    if (dryRun || row.outcome === "rejected")
      console.log(
        `line ${row.index + 2}\t${row.key ?? ""}\t${row.outcome}${row.errors ? `\t${row.errors.map(describeRowError).join("; ")}` : ""}`,
      );
  }
  console.log(
    `${dryRun ? "[dry run, nothing written] " : ""}${entity}: received ${result.received}, created ${result.created}, updated ${result.updated}, unchanged ${result.unchanged}, rejected ${result.rejected.length}`,
  );
  const { db } = await import("../lib/db/client");
  await db.$disconnect();
  return result.rejected.length ? 2 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    const reason = (error as { values?: { reason?: string } } | null)?.values?.reason;
    console.error(reason ?? (error instanceof Error ? error.message : error));
    process.exit(1);
  },
);
