// Column search text → typed condition → Prisma `where` / `orderBy`; bad input is ignored, never thrown.
import { compareMoney, parseFlag, parseInteger, parseMoney, parsePeriod } from "./filter-values";
import { isFilterable, type TColumnType, type TGridColumn, type TGridSort } from "./types";

export type TBounds<T> = { equals?: T; gt?: T; gte?: T; lt?: T; lte?: T };

export type TFilterCondition =
  | { kind: "contains"; value: string }
  | { kind: "oneOf"; values: string[] }
  | { kind: "number"; bounds: TBounds<number> }
  | { kind: "money"; bounds: TBounds<string> }
  | { kind: "date"; gte?: string; lt?: string }
  | { kind: "flag"; value: boolean };

/** Column id → Prisma field; a dotted path ("rma.number") filters/sorts through a to-one relation. */
export type TFieldMap = Record<string, string>;

const OPERATORS = { ">=": "gte", "<=": "lte", ">": "gt", "<": "lt", "=": "equals" } as const;
type TOperator = keyof typeof OPERATORS;

function splitOperator(text: string): { op: TOperator | null; rest: string } {
  const match = /^(>=|<=|>|<|=)\s*(.*)$/.exec(text);
  return match ? { op: match[1] as TOperator, rest: match[2]! } : { op: null, rest: text };
}

function splitRange(text: string, dash: RegExp): [string, string] | null {
  const parts = text.includes("..") ? text.split("..") : text.split(dash);
  return parts.length === 2 && parts[0]!.trim() && parts[1]!.trim()
    ? [parts[0]!.trim(), parts[1]!.trim()]
    : null;
}

function parseBounds<T>(
  text: string,
  parse: (s: string) => T | null,
  compare: (a: T, b: T) => number,
): TBounds<T> | null {
  const { op, rest } = splitOperator(text);
  if (op) {
    const value = parse(rest.trim());
    return value === null ? null : { [OPERATORS[op]]: value };
  }
  // A dash between two values is a range; a leading dash is a minus sign.
  const range = splitRange(text, /(?<=\d)\s*-\s*(?=-?\d)/);
  if (range) {
    const [a, b] = range.map(parse);
    if (a === null || b === null || a === undefined || b === undefined) return null;
    return compare(a, b) <= 0 ? { gte: a, lte: b } : { gte: b, lte: a };
  }
  const value = parse(text);
  return value === null ? null : { equals: value };
}

function parseDateFilter(text: string): { gte?: string; lt?: string } | null {
  const { op, rest } = splitOperator(text);
  if (op) {
    const period = parsePeriod(rest);
    if (!period) return null;
    if (op === ">") return { gte: period.end };
    if (op === ">=") return { gte: period.start };
    if (op === "<") return { lt: period.start };
    if (op === "<=") return { lt: period.end };
    return { gte: period.start, lt: period.end };
  }
  // Dates contain dashes, so a dash range needs spaces around it: "01-09-2020 - 30-09-2020".
  const range = splitRange(text, /\s+-\s+/);
  if (range) {
    const [a, b] = range.map(parsePeriod);
    if (!a || !b) return null;
    return a.start <= b.start ? { gte: a.start, lt: b.end } : { gte: b.start, lt: a.end };
  }
  const period = parsePeriod(text);
  return period ? { gte: period.start, lt: period.end } : null;
}

export function parseFilter(
  type: TColumnType,
  input: string,
  options?: TGridColumn["options"],
): TFilterCondition | null {
  const text = input.trim();
  if (!text) return null;
  if (options) {
    const needle = text.toLowerCase();
    return {
      kind: "oneOf",
      values: options.filter((o) => o.label.toLowerCase().includes(needle)).map((o) => o.value),
    };
  }
  switch (type) {
    case "text":
      return { kind: "contains", value: text };
    case "number": {
      const bounds = parseBounds(text, parseInteger, (a, b) => a - b);
      return bounds && { kind: "number", bounds };
    }
    case "money": {
      const bounds = parseBounds(text, parseMoney, compareMoney);
      return bounds && { kind: "money", bounds };
    }
    case "date": {
      const range = parseDateFilter(text);
      return range && { kind: "date", ...range };
    }
    case "flag": {
      const value = parseFlag(text);
      return value === null ? null : { kind: "flag", value };
    }
  }
}

/** The text with LIKE's wildcards (% _) and its escape (\\) escaped: a search is for the literal text. */
export function escapeLikeText(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

export function conditionToPrisma(condition: TFilterCondition): Record<string, unknown> {
  switch (condition.kind) {
    case "contains":
      // Note: Prisma passes % and _ through to LIKE as wildcards.
      return { contains: escapeLikeText(condition.value), mode: "insensitive" };
    case "oneOf":
      return { in: condition.values };
    case "number":
    case "money":
      return { ...condition.bounds };
    case "date":
      return {
        ...(condition.gte ? { gte: new Date(`${condition.gte}T00:00:00Z`) } : {}),
        ...(condition.lt ? { lt: new Date(`${condition.lt}T00:00:00Z`) } : {}),
      };
    case "flag":
      return { equals: condition.value };
  }
}

function nest(path: string, value: unknown): Record<string, unknown> {
  return path
    .split(".")
    .reduceRight<Record<string, unknown>>(
      (inner, key, index, keys) => ({ [key]: index === keys.length - 1 ? value : inner }),
      {},
    );
}

/** The AND of every valid column filter; pass the Prisma WhereInput type as T for a typed result. */
export function toPrismaWhere<T = Record<string, unknown>>(
  columns: TGridColumn[],
  filters: Record<string, string>,
  fieldMap: TFieldMap = {},
): { AND: T[] } {
  const conditions: T[] = [];
  for (const column of columns) {
    const text = filters[column.id];
    if (!text || !isFilterable(column)) continue;
    const condition = parseFilter(column.type, text, column.options);
    if (condition) conditions.push(nest(fieldMap[column.id] ?? column.id, conditionToPrisma(condition)) as T);
  }
  return { AND: conditions };
}

/** The sort plus a unique tie-breaker, so paging never shows a row twice or skips one. */
export function toPrismaOrderBy<T = Record<string, unknown>>(
  sort: TGridSort | null,
  fieldMap: TFieldMap = {},
  tieBreaker: Record<string, unknown> = { id: "desc" },
): T[] {
  const orderBy: T[] = [];
  const field = sort ? (fieldMap[sort.id] ?? sort.id) : null;
  if (sort && field) orderBy.push(nest(field, sort.dir) as T);
  if (!field || !(field in tieBreaker)) orderBy.push(tieBreaker as T);
  return orderBy;
}
