import "server-only";
import { createAuthToken } from "@/lib/auth/tokens";
import { endAllUserSessions } from "@/lib/auth/user-sessions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { assertStaff, isUniqueViolation, type TStaffContext, writeStaffAudit } from "../context";
import type { TCreateUser, TSetUserActive, TUserId } from "./schema";

const emailTaken = () =>
  new AppError("CONFLICT", "staff.users.emailTaken", {}, { email: ["staff.users.emailTaken"] });

async function sendInvitation(tx: Prisma.TransactionClient, userId: number): Promise<void> {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, name: true, language: true, customer: { select: { name: true, language: true } } },
  });
  const token = await createAuthToken(tx, userId, "SET_PASSWORD");
  await enqueueEmail(tx, {
    template: "invitation",
    to: [user.email],
    language: user.language ?? user.customer?.language ?? "nl",
    data: {
      name: user.name,
      url: `${env.APP_URL}/set-password/${token}`,
      customerName: user.customer?.name ?? "",
    },
  });
}

/** A portal user of a dealer company; the invitation (set-password link) goes to the outbox. */
export async function createDealerUser(ctx: TStaffContext, input: TCreateUser): Promise<{ userId: number }> {
  assertStaff(ctx);
  try {
    return await db.$transaction(async (tx) => {
      const customer = await tx.customer.findUnique({
        where: { id: input.customerId },
        select: { id: true },
      });
      if (!customer) throw new AppError("NOT_FOUND", "errors.notFound");
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } }))
        throw emailTaken();
      const user = await tx.user.create({ data: { ...input, role: "DEALER" } });
      await sendInvitation(tx, user.id);
      await writeStaffAudit(tx, ctx, {
        customerId: input.customerId,
        action: "user.create",
        objectType: "User",
        objectId: String(user.id),
        after: { email: input.email, name: input.name, language: input.language, role: "DEALER" },
      });
      return { userId: user.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

/** Deactivation bumps the session version, so the user's open sessions end at once. */
export async function setUserActive(ctx: TStaffContext, { userId, active }: TSetUserActive): Promise<void> {
  assertStaff(ctx);
  if (userId === ctx.userId && !active) throw new AppError("VALIDATION", "staff.users.notYourself");
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: userId },
      select: { active: true, customerId: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "errors.notFound");
    if (before.active === active) return;
    await tx.user.update({
      where: { id: userId },
      data: active ? { active } : { active, sessionVersion: { increment: 1 } },
    });
    if (!active) await endAllUserSessions(userId, tx);
    await writeStaffAudit(tx, ctx, {
      customerId: before.customerId,
      action: active ? "user.reactivate" : "user.deactivate",
      objectType: "User",
      objectId: String(userId),
      before: { active: before.active },
      after: { active },
    });
  });
}

/** Staff end every open session of a user (a lost phone, a shared PC): they must sign in again. */
export async function endSessionsOfUser(ctx: TStaffContext, { userId }: TUserId): Promise<{ ended: number }> {
  assertStaff(ctx);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { customerId: true } });
    if (!user) throw new AppError("NOT_FOUND", "errors.notFound");
    const ended = await endAllUserSessions(userId, tx);
    await writeStaffAudit(tx, ctx, {
      customerId: user.customerId,
      action: "user.endSessions",
      objectType: "User",
      objectId: String(userId),
      after: { ended },
    });
    return { ended };
  });
}

/** A fresh set-password link; any older unused link stops working. */
export async function resendInvitation(ctx: TStaffContext, { userId }: TUserId): Promise<void> {
  assertStaff(ctx);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { active: true, customerId: true },
    });
    if (!user) throw new AppError("NOT_FOUND", "errors.notFound");
    if (!user.active) throw new AppError("CONFLICT", "staff.users.inactive");
    await sendInvitation(tx, userId);
    await writeStaffAudit(tx, ctx, {
      customerId: user.customerId,
      action: "user.invite",
      objectType: "User",
      objectId: String(userId),
      before: {},
      after: { invitationSent: true },
    });
  });
}
