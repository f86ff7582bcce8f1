import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";
import type { TAppMessages } from "@/lib/i18n/message-keys";

// An audit entry in words: its action, and a before/after row per changed field, with field
// names, enum values, dates, numbers and warranty checks in the reader's language.
type TAuditMessages = TAppMessages["auditTrail"];
export type TChange = { field: string; before: string; after: string };
export type TAuditWords = { messages: TAuditMessages; checks: Record<string, string>; locale: TLocale };

// Note: row ids (reasonId, releasedLineIds …) mean nothing to a reader; the entry names its record by number.
const DATABASE_ID = /Ids?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function lookup(node: unknown, path: string[]): string | null {
  let at = node;
  for (const part of path) {
    if (!at || typeof at !== "object" || !Object.hasOwn(at, part)) return null;
    at = (at as Record<string, unknown>)[part];
  }
  return typeof at === "string" ? at : null;
}

/** "rmaLine.receive" → "Regel ontvangen"; an action without a label shows as it is written. */
export function actionLabel(action: string, words: TAuditWords): string {
  return lookup(words.messages.actions, action.split(".")) ?? action;
}

export function roleLabel(role: string, words: TAuditWords): string {
  return lookup(words.messages.roles, [role]) ?? role;
}

function fieldLabel(field: string, words: TAuditWords): string {
  return lookup(words.messages.fields, [field]) ?? field;
}

function valueText(field: string, value: unknown, words: TAuditWords): string {
  const { locale, messages } = words;
  if (value === null || value === undefined || value === "") return "–";
  if (typeof value === "boolean") return value ? messages.values.yes : messages.values.no;
  if (typeof value === "number") return value.toLocaleString(locale);
  if (Array.isArray(value)) {
    const items = value.map((item) =>
      field === "checksDone" && typeof item === "string"
        ? (words.checks[item] ?? item)
        : valueText(field, item, words),
    );
    return items.length ? items.join(", ") : "–";
  }
  if (typeof value === "string") {
    if (ISO_DATE.test(value)) return formatDate(value, locale);
    if (ISO_DATE_TIME.test(value)) return formatDateTime(value, locale);
    if (field === "language" || /^[A-Z_]+$/.test(value)) return lookup(messages.values, [value]) ?? value;
    return value;
  }
  return JSON.stringify(value);
}

const asObject = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** The fields that differ between before and after (all of them when one side is missing). */
export function auditChanges(before: unknown, after: unknown, words: TAuditWords): TChange[] {
  const b = asObject(before);
  const a = asObject(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((field) => !DATABASE_ID.test(field) && JSON.stringify(b[field]) !== JSON.stringify(a[field]))
    .map((field) => ({
      field: fieldLabel(field, words),
      before: field in b ? valueText(field, b[field], words) : "–",
      after: field in a ? valueText(field, a[field], words) : "–",
    }))
    .filter((change) => change.before !== change.after);
}

/** The changes as one text (the CSV cell): "Status: Verwacht → Ontvangen; …". */
export function changesText(changes: TChange[]): string {
  return changes.map((c) => `${c.field}: ${c.before} → ${c.after}`).join("; ");
}
