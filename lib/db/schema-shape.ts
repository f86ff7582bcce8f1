import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import type { TSqlRunner } from "./sql-runner";

// The database shape as text lines ("column Customer.name text NOT NULL", "index …", "fk …",
// "enum …"), computed once from schema.prisma (Prisma's own parser) and once from a migrated
// database (pg_catalog), so a test can compare the two sets line by line. An index names its
// operator class when it isn't the default or comes from an extension (btree_gin's int4_ops).
type TField = {
  name: string;
  dbName?: string | null;
  kind: string;
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  /** A literal, or a function such as { name: "dbgenerated", args: [] }. */
  default?: unknown;
};
type TModel = { name: string; dbName?: string | null; fields: TField[] };
type TIndex = {
  model: string;
  type: string;
  dbName?: string | null;
  algorithm?: string;
  fields: Array<{ name: string; sortOrder?: string; operatorClass?: string }>;
};

const SCALAR_TYPES: Record<string, string> = {
  Int: "integer",
  BigInt: "bigint",
  String: "text",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Float: "double precision",
  Json: "jsonb",
  Bytes: "bytea",
  Decimal: "numeric(65,30)",
};
const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Date: () => "date",
  Decimal: (a) => `numeric(${a.join(",")})`,
  VarChar: (a) => `character varying(${a[0]})`,
  Timestamptz: (a) => `timestamp(${a[0] ?? 3}) with time zone`,
};
const ON_DELETE: Record<string, string> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  SetNull: "SET NULL",
  NoAction: "NO ACTION",
  SetDefault: "SET DEFAULT",
};

/** A STORED generated column is declared `@default(dbgenerated())` with no expression (Prisma can't say "generated"). */
function isGenerated(field: TField): boolean {
  const value = field.default as { name?: string; args?: unknown[] } | undefined;
  return value?.name === "dbgenerated" && !value.args?.length;
}

export function shapeFromPrismaSchema(
  schemaPath = path.join(process.cwd(), "prisma", "schema.prisma"),
): string[] {
  const schema = readFileSync(schemaPath, "utf8");
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] })))
    .datamodel as {
    models: TModel[];
    enums: Array<{ name: string; values: Array<{ name: string }> }>;
    indexes: TIndex[];
  };
  const lines: string[] = [];
  const tableOf = new Map(dmmf.models.map((m) => [m.name, m.dbName ?? m.name]));
  const columnOf = (model: string, field: string) => {
    const f = dmmf.models.find((m) => m.name === model)!.fields.find((x) => x.name === field)!;
    return f.dbName ?? f.name;
  };
  for (const e of dmmf.enums) lines.push(`enum ${e.name} (${e.values.map((v) => v.name).join(", ")})`);
  for (const model of dmmf.models) {
    const table = tableOf.get(model.name)!;
    for (const field of model.fields) {
      if (field.kind === "object") {
        if (!field.relationFromFields?.length) continue;
        const from = field.relationFromFields.map((f) => columnOf(model.name, f));
        const to = field.relationToFields!.map((f) => columnOf(field.type, f));
        const onDelete = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
        lines.push(
          `fk ${table}_${from.join("_")}_fkey ${table}(${from.join(", ")}) -> ${tableOf.get(field.type)}(${to.join(", ")}) ON DELETE ${ON_DELETE[onDelete]} ON UPDATE CASCADE`,
        );
        continue;
      }
      const base =
        field.kind === "enum"
          ? `"${field.type}"`
          : field.nativeType
            ? NATIVE_TYPES[field.nativeType[0]]!(field.nativeType[1])
            : SCALAR_TYPES[field.type]!;
      const type = field.isList ? `${base}[]` : base;
      lines.push(
        `column ${table}.${field.dbName ?? field.name} ${type} ${field.isRequired && !field.isList ? "NOT NULL" : "NULL"}${isGenerated(field) ? " GENERATED" : ""}`,
      );
    }
  }
  for (const index of dmmf.indexes) {
    const table = tableOf.get(index.model)!;
    const columns = index.fields.map((f) => columnOf(index.model, f.name));
    const suffix =
      index.type === "id"
        ? "pkey"
        : index.type === "unique"
          ? `${columns.join("_")}_key`
          : `${columns.join("_")}_idx`;
    const name = index.dbName ?? (index.type === "id" ? `${table}_pkey` : `${table}_${suffix}`);
    const method = (index.algorithm ?? "BTree").toLowerCase();
    const parts = index.fields.map(
      (f, i) =>
        `${columns[i]}${f.sortOrder === "desc" ? " DESC" : ""}${f.operatorClass ? ` ${f.operatorClass}` : ""}`,
    );
    lines.push(
      `index ${name} ON ${table} ${index.type === "id" ? "PRIMARY" : index.type === "unique" ? "UNIQUE" : "INDEX"} USING ${method} (${parts.join(", ")})`,
    );
  }
  return lines.sort();
}

export async function shapeFromDatabase(runner: TSqlRunner): Promise<string[]> {
  const lines: string[] = [];
  const enums = await runner.query<{ name: string; values: string }>(`
    SELECT t.typname AS name, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS values
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' GROUP BY t.typname`);
  for (const e of enums) lines.push(`enum ${e.name} (${e.values})`);
  const columns = await runner.query<{
    tbl: string;
    col: string;
    type: string;
    notnull: boolean;
    generated: boolean;
  }>(`
    SELECT c.relname AS tbl, a.attname AS col, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull, a.attgenerated = 's' AS generated
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`);
  for (const c of columns)
    lines.push(
      `column ${c.tbl}.${c.col} ${c.type} ${c.notnull ? "NOT NULL" : "NULL"}${c.generated ? " GENERATED" : ""}`,
    );
  const indexes = await runner.query<{
    name: string;
    tbl: string;
    kind: string;
    method: string;
    parts: string;
  }>(`
    SELECT i.relname AS name, t.relname AS tbl,
      CASE WHEN x.indisprimary THEN 'PRIMARY' WHEN x.indisunique THEN 'UNIQUE' ELSE 'INDEX' END AS kind, am.amname AS method,
      (SELECT string_agg(a.attname || CASE WHEN (x.indoption[k.i - 1] & 1) = 1 THEN ' DESC' ELSE '' END
              || CASE WHEN NOT oc.opcdefault OR EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_opclass'::regclass
                   AND d.objid = oc.oid AND d.deptype = 'e') THEN ' ' || oc.opcname ELSE '' END, ', ' ORDER BY k.i)
       FROM generate_subscripts(x.indkey, 1) WITH ORDINALITY AS k(sub, i)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = x.indkey[k.sub]
       JOIN pg_opclass oc ON oc.oid = x.indclass[k.sub]) AS parts
    FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_am am ON am.oid = i.relam JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`);
  for (const i of indexes) lines.push(`index ${i.name} ON ${i.tbl} ${i.kind} USING ${i.method} (${i.parts})`);
  const fks = await runner.query<{
    name: string;
    def: string;
    tbl: string;
    ftbl: string;
    cols: string;
    fcols: string;
  }>(`
    SELECT con.conname AS name, t.relname AS tbl, f.relname AS ftbl, pg_get_constraintdef(con.oid) AS def,
      (SELECT string_agg(a.attname, ', ' ORDER BY k.i) FROM unnest(con.conkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.n) AS cols,
      (SELECT string_agg(a.attname, ', ' ORDER BY k.i) FROM unnest(con.confkey) WITH ORDINALITY k(n, i) JOIN pg_attribute a ON a.attrelid = f.oid AND a.attnum = k.n) AS fcols
    FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_class f ON f.oid = con.confrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace WHERE con.contype = 'f' AND n.nspname = 'public'`);
  for (const fk of fks) {
    const onDelete = /ON DELETE (CASCADE|RESTRICT|SET NULL|SET DEFAULT)/.exec(fk.def)?.[1] ?? "NO ACTION";
    const onUpdate = /ON UPDATE (CASCADE|RESTRICT|SET NULL|SET DEFAULT)/.exec(fk.def)?.[1] ?? "NO ACTION";
    lines.push(
      `fk ${fk.name} ${fk.tbl}(${fk.cols}) -> ${fk.ftbl}(${fk.fcols}) ON DELETE ${onDelete} ON UPDATE ${onUpdate}`,
    );
  }
  return lines.sort();
}
