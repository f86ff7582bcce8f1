import "server-only";
import { db } from "@/lib/db/client";
import { keysetQueryBatches } from "@/lib/grid/keyset";
import type { TGridColumn } from "@/lib/grid/types";
import { formatDateTime } from "@/lib/i18n/format";
import type { TLocale } from "@/lib/i18n/locales";

// Reads for the staff outbox pages: a page of messages (without their bodies) and one message.
export const OUTBOX_PAGE_SIZE = 50;
export type TOutboxStatus = "PENDING" | "SENT" | "FAILED";

/** The page's columns, in its order; the CSV writes the same ones. */
export const OUTBOX_COLUMNS = [
  "createdAt",
  "to",
  "template",
  "language",
  "subject",
  "status",
  "attempts",
  "lastError",
  "sentAt",
] as const;
export type TOutboxColumn = (typeof OUTBOX_COLUMNS)[number];
/** The CSV holds every message, not one page (capped like every staff CSV). */
export const OUTBOX_CSV_MAX_ROWS = 50_000;

const MESSAGE_SELECT = {
  id: true,
  createdAt: true,
  to: true,
  template: true,
  language: true,
  subject: true,
  status: true,
  attempts: true,
  lastError: true,
  sentAt: true,
} as const;
const NEWEST_FIRST = [{ createdAt: "desc" as const }, { id: "desc" as const }];

/** One page of messages, newest first. */
export async function listOutboxMessages(page: number) {
  const [rows, total] = await Promise.all([
    db.outboxMessage.findMany({
      orderBy: NEWEST_FIRST,
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: MESSAGE_SELECT,
    }),
    db.outboxMessage.count(),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
}

/** Every message, newest first (the CSV, capped), in keyset batches. */
export function outboxMessageBatches(batchSize?: number) {
  return keysetQueryBatches(
    { where: {}, orderBy: NEWEST_FIRST },
    (where, take) =>
      db.outboxMessage.findMany({ where, orderBy: NEWEST_FIRST, take, select: MESSAGE_SELECT }),
    { batchSize, limit: OUTBOX_CSV_MAX_ROWS },
  );
}

export type TOutboxRow = Awaited<ReturnType<typeof listOutboxMessages>>["rows"][number];

/** The columns as the CSV writer takes them (every cell is the page's text). */
export const outboxCsvColumns = (label: (id: TOutboxColumn) => string): TGridColumn[] =>
  OUTBOX_COLUMNS.map((id) => ({ id, label: label(id), type: "text" }));

/** One message's cells as the outbox page shows them: the one home of the page's and the CSV's text. */
export function outboxCells(
  row: TOutboxRow,
  locale: TLocale,
  statusLabel: (status: TOutboxStatus) => string,
): Record<TOutboxColumn, string> {
  return {
    createdAt: formatDateTime(row.createdAt, locale),
    to: row.to.join(", "),
    template: row.template,
    language: row.language.toUpperCase(),
    subject: row.subject,
    status: statusLabel(row.status as TOutboxStatus),
    attempts: String(row.attempts),
    lastError: row.lastError ?? "",
    sentAt: formatDateTime(row.sentAt, locale),
  };
}

export async function getOutboxMessage(id: number) {
  return db.outboxMessage.findUnique({
    where: { id },
    select: { ...MESSAGE_SELECT, html: true, text: true },
  });
}
