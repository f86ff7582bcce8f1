import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { TClaimFeedItem, TRmaFeedItem, TRmaFeedLine } from "./feed-schema";

// RMAs and warranty claims created or changed since a cursor, oldest first. The cursor is
// (updatedAt, id) of the last record handed out, as opaque base64url.
// Note: updatedAt is written inside its transaction, which may commit after a later one. So the
// feed hands out only changes older than the start of every transaction of this database still
// in flight (its horizon); a change that commits late is never behind a cursor already given out.
type TCursor = { updatedAt: Date; id: number };
const INT4_MAX = 2_147_483_647;

export function encodeCursor(cursor: TCursor): string {
  return Buffer.from(JSON.stringify([cursor.updatedAt.toISOString(), cursor.id])).toString("base64url");
}

export function decodeCursor(value: string | undefined): TCursor | null {
  if (!value) return null;
  try {
    const [iso, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as [unknown, unknown];
    const updatedAt = new Date(String(iso));
    // Note: bounded to what the columns hold (int4 ids, timestamps PostgreSQL can compare); a forged value is a 400, not a 500.
    const inRange = updatedAt.getTime() >= 0 && updatedAt.getUTCFullYear() <= 9999;
    if (
      typeof iso !== "string" ||
      !inRange ||
      !Number.isInteger(id) ||
      (id as number) < 0 ||
      (id as number) > INT4_MAX
    )
      throw new Error("bad cursor");
    return { updatedAt, id: id as number };
  } catch {
    throw new AppError("VALIDATION", "erp.api.badCursor");
  }
}

const afterCursor = (cursor: TCursor | null) =>
  cursor
    ? {
        OR: [{ updatedAt: { gt: cursor.updatedAt } }, { updatedAt: cursor.updatedAt, id: { gt: cursor.id } }],
      }
    : {};
const iso = (d: Date | null) => (d ? d.toISOString() : null);

async function feedHorizon(): Promise<Date> {
  const [row] = await db.$queryRaw<{ horizon: Date }[]>`
    SELECT coalesce(min("xact_start"), clock_timestamp()) AS "horizon" FROM pg_stat_activity
    WHERE "datname" = current_database() AND "backend_xid" IS NOT NULL AND "pid" <> pg_backend_pid()`;
  return row!.horizon;
}
const changedSince = async (cursor: TCursor | null) => ({
  AND: [afterCursor(cursor), { updatedAt: { lt: await feedHorizon() } }],
});
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** An RMA line as the ERP reads it (the feed, and the answer to a receipt). */
export const RMA_LINE_SELECT = {
  id: true,
  quantityExpected: true,
  quantityReceived: true,
  receivedAt: true,
  status: true,
  rejectionReason: true,
  remark: true,
  reason: { select: { code: true } },
  deliveredLine: { select: { erpKey: true, salesOrderNumber: true, articleNumber: true } },
} satisfies Prisma.RmaLineSelect;

export function rmaFeedLine(l: Prisma.RmaLineGetPayload<{ select: typeof RMA_LINE_SELECT }>): TRmaFeedLine {
  return {
    id: l.id,
    deliveredLineErpKey: l.deliveredLine.erpKey,
    salesOrderNumber: l.deliveredLine.salesOrderNumber,
    articleNumber: l.deliveredLine.articleNumber,
    reasonCode: l.reason.code,
    quantityExpected: l.quantityExpected,
    quantityReceived: l.quantityReceived,
    receivedAt: day(l.receivedAt),
    status: l.status,
    rejectionReason: l.rejectionReason,
    remark: l.remark,
  };
}

/** Where the ERP downloads a document with its token (GET /api/erp/v1/documents/{id}). */
export const erpDocumentUrl = (id: number) => `${env.APP_URL.replace(/\/$/, "")}/api/erp/v1/documents/${id}`;

// The one serializer of RMAs and claims for the ERP: the feed below and the webhooks'
// payload (lib/erp/webhooks/payload.ts) both read through these selects and mappers.
const RMA_FEED_SELECT = {
  id: true,
  number: true,
  status: true,
  reference: true,
  remarks: true,
  surcharge: true,
  parcelCount: true,
  createdAt: true,
  updatedAt: true,
  closedAt: true,
  copyEmail: true,
  createdBy: { select: { name: true, email: true } },
  customer: { select: { erpNumber: true } },
  lines: { orderBy: { id: "asc" }, select: RMA_LINE_SELECT },
} satisfies Prisma.RmaSelect;
type TRmaFeedRow = Prisma.RmaGetPayload<{ select: typeof RMA_FEED_SELECT }>;

const toRmaFeedItem = (r: TRmaFeedRow): TRmaFeedItem => ({
  number: r.number,
  customerNumber: r.customer.erpNumber,
  copyEmail: r.copyEmail,
  submittedBy: r.createdBy,
  status: r.status,
  reference: r.reference,
  remarks: r.remarks,
  surcharge: r.surcharge.toFixed(2),
  parcelCount: r.parcelCount,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  closedAt: iso(r.closedAt),
  lines: r.lines.map(rmaFeedLine),
});

const CLAIM_FEED_SELECT = {
  id: true,
  number: true,
  status: true,
  articleNumber: true,
  serialNumber: true,
  salesOrderNumber: true,
  quantity: true,
  vehicleMake: true,
  vehicleModel: true,
  vehicleYear: true,
  vin: true,
  engineCode: true,
  mileageAtFitting: true,
  mileageAtFailure: true,
  fittingDate: true,
  failureDate: true,
  complaint: true,
  goodsReceived: true,
  remark: true,
  handledAt: true,
  createdAt: true,
  updatedAt: true,
  customer: { select: { erpNumber: true } },
  createdBy: { select: { name: true, email: true } },
  events: {
    orderBy: { id: "asc" },
    select: { kind: true, status: true, message: true, byStaff: true, createdAt: true },
  },
  documents: {
    orderBy: { id: "asc" },
    select: { id: true, kind: true, fileName: true, contentType: true, size: true, sha256: true },
  },
} satisfies Prisma.WarrantyClaimSelect;
type TClaimFeedRow = Prisma.WarrantyClaimGetPayload<{ select: typeof CLAIM_FEED_SELECT }>;

const toClaimFeedItem = ({
  id: _id,
  customer,
  createdBy,
  events,
  documents,
  ...c
}: TClaimFeedRow): TClaimFeedItem => ({
  ...c,
  customerNumber: customer.erpNumber,
  submittedBy: createdBy,
  fittingDate: day(c.fittingDate),
  failureDate: day(c.failureDate),
  handledAt: iso(c.handledAt),
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
  events: events.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
  attachments: documents.map((d) => ({ ...d, url: erpDocumentUrl(d.id) })),
});

/** One RMA as the feed shows it, or null when it does not exist. */
export async function rmaFeedItem(id: number): Promise<TRmaFeedItem | null> {
  const row = await db.rma.findUnique({ where: { id }, select: RMA_FEED_SELECT });
  return row ? toRmaFeedItem(row) : null;
}

/** One warranty claim as the feed shows it, or null when it does not exist. */
export async function claimFeedItem(id: number): Promise<TClaimFeedItem | null> {
  const row = await db.warrantyClaim.findUnique({ where: { id }, select: CLAIM_FEED_SELECT });
  return row ? toClaimFeedItem(row) : null;
}

/** A page of the feed: its items and the cursor after its last row (an empty page keeps the cursor it was asked with). */
function feedPage<TItem>(
  items: TItem[],
  last: { updatedAt: Date; id: number } | undefined,
  since: string | undefined,
): { items: TItem[]; nextCursor: string } {
  return {
    items,
    nextCursor: last ? encodeCursor(last) : (since ?? encodeCursor({ updatedAt: new Date(0), id: 0 })),
  };
}

export async function listRmasSince(
  since: string | undefined,
  limit: number,
): Promise<{ items: TRmaFeedItem[]; nextCursor: string }> {
  const cursor = decodeCursor(since);
  const rows = await db.rma.findMany({
    where: await changedSince(cursor),
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: limit,
    select: RMA_FEED_SELECT,
  });
  return feedPage(rows.map(toRmaFeedItem), rows.at(-1), since);
}

export async function listClaimsSince(
  since: string | undefined,
  limit: number,
): Promise<{ items: TClaimFeedItem[]; nextCursor: string }> {
  const cursor = decodeCursor(since);
  const rows = await db.warrantyClaim.findMany({
    where: await changedSince(cursor),
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: limit,
    select: CLAIM_FEED_SELECT,
  });
  return feedPage(rows.map(toClaimFeedItem), rows.at(-1), since);
}
