import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { assertStaff, isUniqueViolation, snapshot, type TStaffContext, writeStaffAudit } from "../context";
import type {
  TCarrierRangeValues,
  TPortalSettingsValues,
  TReturnReasonValues,
  TUpdateReturnReasonValues,
} from "./schema";

const codeTaken = () =>
  new AppError("CONFLICT", "staff.settings.codeTaken", {}, { code: ["staff.settings.codeTaken"] });
const REASON_FIELDS = {
  code: true,
  labelNl: true,
  labelFr: true,
  labelEn: true,
  labelDe: true,
  active: true,
  sortOrder: true,
  asksForEvidence: true,
} as const;

export async function createReturnReason(
  ctx: TStaffContext,
  input: TReturnReasonValues,
): Promise<{ reasonId: number }> {
  assertStaff(ctx);
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.returnReason.findUnique({ where: { code: input.code }, select: { id: true } }))
        throw codeTaken();
      const reason = await tx.returnReason.create({ data: input });
      await writeStaffAudit(tx, ctx, {
        action: "returnReason.create",
        objectType: "ReturnReason",
        objectId: String(reason.id),
        after: snapshot(input),
      });
      return { reasonId: reason.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}

/** Renames, reorders or retires a reason; a retired one stays on the RMAs that used it. */
export async function updateReturnReason(
  ctx: TStaffContext,
  { reasonId, ...data }: TUpdateReturnReasonValues,
): Promise<void> {
  assertStaff(ctx);
  await db.$transaction(async (tx) => {
    const before = await tx.returnReason.findUnique({ where: { id: reasonId }, select: REASON_FIELDS });
    if (!before) throw new AppError("NOT_FOUND", "errors.notFound");
    const after = await tx.returnReason.update({ where: { id: reasonId }, data, select: REASON_FIELDS });
    await writeStaffAudit(tx, ctx, {
      action: "returnReason.update",
      objectType: "ReturnReason",
      objectId: String(reasonId),
      before: snapshot(before),
      after: snapshot(after),
    });
  });
}

/** Surcharge, terms link, warranty manual link and return address (the single settings row). */
export async function updatePortalSettings(ctx: TStaffContext, input: TPortalSettingsValues): Promise<void> {
  assertStaff(ctx);
  const data = { ...input, returnSurcharge: new Prisma.Decimal(input.returnSurcharge) };
  await db.$transaction(async (tx) => {
    const before = await tx.portalSettings.findUnique({
      where: { id: 1 },
      select: { returnSurcharge: true, termsUrl: true, warrantyManualUrl: true, returnAddress: true },
    });
    await tx.portalSettings.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
    await writeStaffAudit(tx, ctx, {
      action: "settings.update",
      objectType: "PortalSettings",
      objectId: "1",
      before: before ? snapshot({ ...before, returnSurcharge: before.returnSurcharge.toFixed(2) }) : {},
      after: snapshot({ ...input, returnSurcharge: data.returnSurcharge.toFixed(2) }),
    });
  });
}

/** A carrier's label name and tracking number range; the next number is where new RMAs continue. */
export async function updateCarrierRange(
  ctx: TStaffContext,
  { carrier, ...data }: TCarrierRangeValues,
): Promise<void> {
  assertStaff(ctx);
  await db.$transaction(async (tx) => {
    const select = { name: true, prefix: true, nextValue: true, lastValue: true } as const;
    const before = await tx.carrierNumberRange.findUnique({ where: { carrier }, select });
    await tx.carrierNumberRange.upsert({ where: { carrier }, create: { carrier, ...data }, update: data });
    await writeStaffAudit(tx, ctx, {
      action: "carrierRange.update",
      objectType: "CarrierNumberRange",
      objectId: carrier,
      before: before ? snapshot(before) : {},
      after: snapshot(data),
    });
  });
}
