import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import type { TDb } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import type { Carrier } from "@/lib/db/generated/enums";
import {
  enqueuePreparedEmail,
  prepareEmail,
  type TPreparedEmail,
  type TRenderEmail,
} from "@/lib/email/outbox";
import { renderEmail } from "@/lib/email/render";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale, type TLocale } from "@/lib/i18n/locales";
import { documentNumberPlaceholder, nextDocumentNumber } from "@/lib/numbers/next-number";
import { getAttachmentStore, type TAttachmentStore } from "@/lib/storage/store";
import { removeUploads, storeUploads, type TStoredUpload } from "@/lib/warranty/attachments";
import { nextTrackingNumber } from "./carrier-ranges";
import { assertEvidence, checkReturnPhotos } from "./return-photos";
import { returnSurchargeOf } from "./return-surcharge";
import { isInsideReturnWindow } from "./return-window";
import { rmaPageUrl } from "./rma-links";
import type { TReturnPhoto, TReturnRequest } from "./schema";
import { lineSelectability } from "./selectable-line";

export type TReturnTenant = { userId: number; customerId: number };
export type TSubmittedReturn = { rmaNumber: string; created: boolean };
export type TRmaConfirmationMail = {
  name: string;
  rmaNumber: string;
  lineCount: number;
  statusUrl: string;
  formPdfUrl: string;
  labelPdfUrl?: string;
};
type TTx = Parameters<Parameters<TDb["$transaction"]>[0]>[0];
type TLockedLine = {
  id: number;
  articleNumber: string;
  specialOrder: boolean;
  deliveryDate: Date;
  quantityRemaining: number;
};

type TLinePhotos = Map<number, TStoredUpload[]>;

type TSubmitter = {
  user: { email: string; name: string; language: TLocale | null };
  customer: { specialOrderReturnsAllowed: boolean; language: string; carrier: Carrier };
};

/**
 * The dealer's return request: one RMA with its lines (the counters follow), audit and mail, in
 * one transaction. Photos of the lines are checked and stored first, removed again on failure.
 * Submissions queue on the RMA number's counter row (and the carrier's tracking range), so both
 * are taken last, just before the inserts; the mail is rendered before the transaction, with a
 * placeholder for the number (`render` is the renderer, a parameter for tests).
 */
export async function submitReturnRequest(
  tenant: TReturnTenant,
  input: TReturnRequest,
  photos: TReturnPhoto[] = [],
  store: TAttachmentStore = getAttachmentStore(),
  render: TRenderEmail = renderEmail,
): Promise<TSubmittedReturn> {
  const existing = await findByKey(tenant.customerId, input.idempotencyKey);
  if (existing) return { rmaNumber: existing, created: false };
  const checked = checkReturnPhotos(input.lines, photos);
  const submitter = await findSubmitter(tenant);
  const mail = await prepareConfirmation(submitter, input, render);
  const stored: TLinePhotos = new Map();
  try {
    for (const [lineId, files] of checked) stored.set(lineId, await storeUploads(store, files));
    const rmaNumber = await db.$transaction((tx) => createRma(tx, tenant, input, stored, submitter, mail), {
      maxWait: 15_000,
      timeout: 30_000,
    });
    return { rmaNumber, created: true };
  } catch (error) {
    await removeUploads(store, [...stored.values()].flat());
    // Note: a concurrent submission with the same key won the race; answer with its RMA.
    if ((error as { code?: unknown } | null)?.code === "P2002") {
      const winner = await findByKey(tenant.customerId, input.idempotencyKey);
      if (winner) return { rmaNumber: winner, created: false };
    }
    throw error;
  }
}

async function findByKey(customerId: number, idempotencyKey: string): Promise<string | null> {
  const rma = await db.rma.findUnique({
    where: { customerId_idempotencyKey: { customerId, idempotencyKey } },
    select: { number: true },
  });
  return rma?.number ?? null;
}

async function findSubmitter(tenant: TReturnTenant): Promise<TSubmitter> {
  const [customer, user] = await Promise.all([
    db.customer.findUniqueOrThrow({
      where: { id: tenant.customerId },
      select: { specialOrderReturnsAllowed: true, language: true, carrier: true },
    }),
    db.user.findFirstOrThrow({
      where: { id: tenant.userId, customerId: tenant.customerId },
      select: { email: true, name: true, language: true },
    }),
  ]);
  return { customer, user };
}

const RMA_NUMBER_PLACEHOLDER = documentNumberPlaceholder("RMA");

/** The confirmation mail, rendered with a placeholder where the RMA number goes. */
function prepareConfirmation(
  { user, customer }: TSubmitter,
  input: TReturnRequest,
  render: TRenderEmail,
): Promise<TPreparedEmail> {
  const base = env.APP_URL.replace(/\/$/, "");
  const number = RMA_NUMBER_PLACEHOLDER;
  const data: TRmaConfirmationMail = {
    name: user.name,
    rmaNumber: number,
    lineCount: input.lines.length,
    statusUrl: rmaPageUrl(number),
    formPdfUrl: `${base}/returns/${number}/form.pdf`,
    ...(customer.carrier === "NIGHT_CARRIER" ? { labelPdfUrl: `${base}/returns/${number}/label.pdf` } : {}),
  };
  return prepareEmail(
    {
      template: "rma-confirmation",
      to: [user.email, ...(input.copyEmail ? [input.copyEmail] : [])],
      language: user.language ?? (isLocale(customer.language) ? customer.language : DEFAULT_LOCALE),
      data,
    },
    render,
  );
}

async function createRma(
  tx: TTx,
  tenant: TReturnTenant,
  input: TReturnRequest,
  photos: TLinePhotos,
  { customer }: TSubmitter,
  mail: TPreparedEmail,
): Promise<string> {
  const ids = input.lines.map((l) => l.deliveredLineId).sort((a, b) => a - b);
  // Note: the lock and the re-read are one query, scoped to the tenant; ordered by id so two
  // requests for overlapping lines never deadlock.
  const locked = await tx.$queryRaw<TLockedLine[]>`
    SELECT id, "articleNumber", "specialOrder", "deliveryDate", "quantityRemaining"
    FROM "DeliveredLine" WHERE id = ANY(${ids}::int[]) AND "customerId" = ${tenant.customerId}
    ORDER BY id FOR UPDATE`;
  if (locked.length !== ids.length) throw new AppError("NOT_FOUND", "errors.notFound");
  const [settings, reasons] = await Promise.all([
    tx.portalSettings.findUnique({ where: { id: 1 }, select: { returnSurcharge: true } }),
    tx.returnReason.findMany({
      where: { id: { in: input.lines.map((l) => l.reasonId) }, active: true },
      select: { id: true, asksForEvidence: true },
    }),
  ]);
  const byId = new Map(locked.map((l) => [l.id, l]));
  const activeReasons = new Set(reasons.map((r) => r.id));
  assertEvidence(input.lines, new Set(reasons.filter((r) => r.asksForEvidence).map((r) => r.id)), photos);
  for (const [index, requested] of input.lines.entries()) {
    const line = byId.get(requested.deliveredLineId)!;
    const selectability = lineSelectability(line, customer.specialOrderReturnsAllowed);
    if (!selectability.selectable && selectability.reason === "specialOrder") {
      throw new AppError("CONFLICT", "returns.specialOrderNotReturnable", { article: line.articleNumber });
    }
    if (!isInsideReturnWindow(line.deliveryDate))
      throw new AppError("CONFLICT", "returns.lineTooOld", { article: line.articleNumber });
    if (!activeReasons.has(requested.reasonId)) {
      throw new AppError(
        "VALIDATION",
        "errors.validation",
        {},
        { [`lines.${index}.reasonId`]: ["errors.required"] },
      );
    }
    // Note: the row is locked, so its remaining is current; the RMA lines then put the quantity
    // "in request" (trigger on "RmaLine"), and the CHECK on DeliveredLine keeps remaining ≥ 0.
    if (line.quantityRemaining < requested.quantity) {
      throw new AppError("CONFLICT", "returns.onlyNLeft", {
        article: line.articleNumber,
        remaining: line.quantityRemaining,
      });
    }
  }
  // Note: last, so the counter row (and the carrier's range) stay locked only for the inserts.
  const number = await nextDocumentNumber(tx, "RMA");
  const trackingNumber =
    customer.carrier === "NIGHT_CARRIER" ? await nextTrackingNumber(tx, customer.carrier) : null;
  const rma = await tx.rma.create({
    data: {
      number,
      customerId: tenant.customerId,
      createdById: tenant.userId,
      idempotencyKey: input.idempotencyKey,
      reference: input.reference,
      remarks: input.remarks,
      copyEmail: input.copyEmail || null,
      surcharge: returnSurchargeOf(settings),
      parcelCount: input.parcelCount,
      weightKg: input.weightKg === null ? null : input.weightKg.toFixed(2),
      trackingNumber,
      lines: {
        create: input.lines.map((l) => ({
          deliveredLineId: l.deliveredLineId,
          reasonId: l.reasonId,
          quantityExpected: l.quantity,
        })),
      },
    },
    select: { id: true, number: true, lines: { select: { id: true, deliveredLineId: true } } },
  });
  const photoRows = rma.lines.flatMap((line) =>
    (photos.get(line.deliveredLineId) ?? []).map((file) => ({
      customerId: tenant.customerId,
      rmaLineId: line.id,
      kind: "RETURN_PHOTO" as const,
      source: "DEALER" as const,
      fileName: file.fileName,
      contentType: file.contentType,
      size: file.size,
      sha256: file.sha256,
      storageKey: file.storageKey,
    })),
  );
  if (photoRows.length) await tx.document.createMany({ data: photoRows });
  await writeAudit(tx, {
    actorUserId: tenant.userId,
    actorRole: "DEALER",
    customerId: tenant.customerId,
    action: "rma.create",
    objectType: "Rma",
    objectId: rma.number,
    after: {
      lines: input.lines,
      reference: input.reference,
      copyEmail: input.copyEmail || null,
      parcelCount: input.parcelCount,
      weightKg: input.weightKg,
      photos: photoRows.map((p) => ({ rmaLineId: p.rmaLineId, fileName: p.fileName, sha256: p.sha256 })),
    },
  });
  await enqueuePreparedEmail(tx, mail, { [RMA_NUMBER_PLACEHOLDER]: rma.number });
  return rma.number;
}
