import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { keysetQueryBatches, mapBatches } from "@/lib/grid/keyset";
import type { TGridColumn, TGridState } from "@/lib/grid/types";
import { CLAIM_STATUSES, claimOrderBy, claimWhere, type TClaimStatus } from "./list-filters";

// Reads of the dealer's warranty claims. Every query has the dealer's customerId in its where:
// another company's claim or document is simply not found.
export type TClaimRow = {
  id: number;
  number: string;
  submittedAt: Date;
  handledAt: Date | null;
  status: TClaimStatus;
  articleNumber: string;
  goodsReceived: boolean;
  remark: string;
  reactionDocumentId: number | null;
  attachmentCount: number;
};

const CLAIM_ROW_SELECT = {
  id: true,
  number: true,
  createdAt: true,
  handledAt: true,
  status: true,
  articleNumber: true,
  goodsReceived: true,
  remark: true,
} satisfies Prisma.WarrantyClaimSelect;
type TClaim = Prisma.WarrantyClaimGetPayload<{ select: typeof CLAIM_ROW_SELECT }> & {
  documents: Array<{ id: number; kind: string }>;
};
const claimRowSelect = (customerId: number) => ({
  ...CLAIM_ROW_SELECT,
  documents: { where: { customerId }, select: { id: true, kind: true }, orderBy: { id: "desc" as const } },
});

function toRow(c: TClaim): TClaimRow {
  return {
    id: c.id,
    number: c.number,
    submittedAt: c.createdAt,
    handledAt: c.handledAt,
    status: c.status,
    articleNumber: c.articleNumber,
    goodsReceived: c.goodsReceived,
    remark: c.remark,
    reactionDocumentId: c.documents.find((d) => d.kind === "WARRANTY_REACTION")?.id ?? null,
    attachmentCount: c.documents.filter((d) => d.kind !== "WARRANTY_REACTION").length,
  };
}

/** The CSV holds every claim of the filter, up to this many. */
export const CLAIMS_CSV_MAX_ROWS = 10_000;

export async function listClaims(
  customerId: number,
  columns: TGridColumn[],
  state: TGridState,
): Promise<{ rows: TClaimRow[]; total: number }> {
  const where = claimWhere(customerId, columns, state.filters);
  const [claims, total] = await Promise.all([
    db.warrantyClaim.findMany({
      where,
      orderBy: claimOrderBy(state.sort),
      skip: (state.page - 1) * state.pageSize,
      take: state.pageSize,
      select: claimRowSelect(customerId),
    }),
    db.warrantyClaim.count({ where }),
  ]);
  return { total, rows: claims.map(toRow) };
}

/** The dealer's claims under the filter and sort (the CSV, capped), in keyset batches. */
export function claimBatches(
  customerId: number,
  columns: TGridColumn[],
  state: TGridState,
  batchSize?: number,
) {
  const where = claimWhere(customerId, columns, state.filters);
  const orderBy = claimOrderBy(state.sort);
  const claims = keysetQueryBatches(
    { where, orderBy },
    (where, take) => db.warrantyClaim.findMany({ where, orderBy, take, select: claimRowSelect(customerId) }),
    { batchSize, limit: CLAIMS_CSV_MAX_ROWS, nullable: ["handledAt"], enums: { status: CLAIM_STATUSES } },
  );
  return mapBatches(claims, toRow);
}

/** A claim as the dealer filed it and staff handle it (the dealer's and the staff claim page). */
export const CLAIM_FIELDS = {
  id: true,
  number: true,
  status: true,
  createdAt: true,
  handledAt: true,
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
  fittedBy: true,
  complaint: true,
  checksDone: true,
  goodsReceived: true,
  remark: true,
} as const;

const DOCUMENT_FIELDS = {
  id: true,
  kind: true,
  source: true,
  fileName: true,
  contentType: true,
  size: true,
  createdAt: true,
} as const;

export async function getClaimDetail(customerId: number, number: string) {
  const claim = await db.warrantyClaim.findFirst({
    where: { customerId, number },
    select: {
      ...CLAIM_FIELDS,
      events: {
        select: { id: true, kind: true, status: true, message: true, byStaff: true, createdAt: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
      documents: { where: { customerId }, select: DOCUMENT_FIELDS, orderBy: { id: "asc" } },
      creditNotes: {
        where: { customerId, documentId: { not: null } },
        select: { number: true, kind: true, documentId: true },
        orderBy: { invoiceDate: "asc" },
      },
    },
  });
  return claim;
}
export type TClaimDetail = NonNullable<Awaited<ReturnType<typeof getClaimDetail>>>;

/** The claim as filed, with what the PDF prints: the dealer, and the dealer's own attachments with their storage keys. */
export async function getClaimForPdf(customerId: number, number: string) {
  return db.warrantyClaim.findFirst({
    where: { customerId, number },
    select: {
      ...CLAIM_FIELDS,
      customer: {
        select: { name: true, erpNumber: true, street: true, postalCode: true, city: true, country: true },
      },
      createdBy: { select: { name: true, email: true } },
      documents: {
        where: { customerId, kind: "WARRANTY_ATTACHMENT", source: "DEALER" },
        select: { ...DOCUMENT_FIELDS, storageKey: true },
        orderBy: { id: "asc" },
      },
    },
  });
}
export type TClaimForPdf = NonNullable<Awaited<ReturnType<typeof getClaimForPdf>>>;

/** A document of the dealer's company, for download. */
export function getDealerDocument(customerId: number, id: number) {
  return db.document.findFirst({
    where: { id, customerId },
    select: { id: true, fileName: true, contentType: true, size: true, storageKey: true },
  });
}

/** The dealer's delivered lines whose article, name or order matches, for the claim form's picker. */
export async function searchDeliveredArticles(customerId: number, query: string) {
  const q = query
    .replace(/\u0000/g, "")
    .trim()
    .slice(0, 40);
  const lines = await db.deliveredLine.findMany({
    where: {
      customerId,
      ...(q
        ? {
            OR: [
              { articleNumber: { contains: q, mode: "insensitive" } },
              { articleName: { contains: q, mode: "insensitive" } },
              { salesOrderNumber: { contains: q, mode: "insensitive" } },
            ],
          }
        : {}),
    },
    select: { articleNumber: true, articleName: true, salesOrderNumber: true },
    orderBy: [{ deliveryDate: "desc" }, { id: "desc" }],
    take: 20,
  });
  return lines;
}

export async function getWarrantyManualUrl(): Promise<string> {
  const settings = await db.portalSettings.findUnique({
    where: { id: 1 },
    select: { warrantyManualUrl: true },
  });
  return settings?.warrantyManualUrl ?? "/warranty-manual";
}
