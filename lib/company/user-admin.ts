import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { createAuthToken } from "@/lib/auth/tokens";
import { endAllUserSessions } from "@/lib/auth/user-sessions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { enqueueEmail } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

// The one home for managing a dealer company's portal users: inviting, deactivating,
// re-inviting and the admin flag. Staff act on any company; a company admin only on their own
// (another company's user is NOT_FOUND, as if it did not exist). Every change is audited under
// the company, so staff see it, and at least one active admin remains once a company has one.
export type TUserManager =
  | { role: "STAFF"; userId: number }
  | { role: "DEALER"; userId: number; customerId: number };

export type TNewDealerUser = {
  customerId: number;
  email: string;
  name: string;
  language: "nl" | "fr" | "en" | "de";
};

const emailTaken = () =>
  new AppError("CONFLICT", "company.emailTaken", {}, { email: ["company.emailTaken"] });
const notFound = () => new AppError("NOT_FOUND", "errors.notFound");

/**
 * Locks the company's row, so admin changes of one company happen one after another (the
 * "last admin" check can't be raced), and checks a dealer manager is still its active admin.
 */
async function lockCompany(tx: Prisma.TransactionClient, manager: TUserManager, customerId: number) {
  if (manager.role === "DEALER" && manager.customerId !== customerId) throw notFound();
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM "Customer" WHERE id = ${customerId} FOR UPDATE`;
  if (!rows[0]) throw notFound();
  if (manager.role === "DEALER") {
    const self = await tx.user.findFirst({
      where: { id: manager.userId, customerId, active: true, companyAdmin: true },
      select: { id: true },
    });
    // Note: a dealer who is not (or no longer) the admin learns nothing about the users.
    if (!self) throw notFound();
  }
}

/** The user under the manager's scope, with the company locked; NOT_FOUND otherwise. */
async function lockedUser(tx: Prisma.TransactionClient, manager: TUserManager, userId: number) {
  const user = await tx.user.findFirst({
    where: {
      id: userId,
      role: "DEALER",
      ...(manager.role === "DEALER" ? { customerId: manager.customerId } : {}),
    },
    select: { id: true, customerId: true },
  });
  if (!user?.customerId) throw notFound();
  await lockCompany(tx, manager, user.customerId);
  return tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, customerId: true, active: true, companyAdmin: true, email: true },
  });
}

async function audit(
  tx: Prisma.TransactionClient,
  manager: TUserManager,
  entry: { customerId: number; action: string; userId: number; before?: object; after: object },
) {
  await writeAudit(tx, {
    actorUserId: manager.userId,
    actorRole: manager.role,
    customerId: entry.customerId,
    action: entry.action,
    objectType: "User",
    objectId: String(entry.userId),
    ...(entry.before ? { before: entry.before as Prisma.InputJsonValue } : {}),
    after: entry.after as Prisma.InputJsonValue,
  });
}

/** Refuses a change that leaves a company that had an active admin without one. */
async function assertAnAdminRemains(tx: Prisma.TransactionClient, customerId: number) {
  const admins = await tx.user.count({ where: { customerId, active: true, companyAdmin: true } });
  if (admins === 0) throw new AppError("CONFLICT", "company.lastAdmin");
}

/** The invitation mail: a set-password link in the user's language (any older link stops working). */
export async function sendInvitation(tx: Prisma.TransactionClient, userId: number): Promise<void> {
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

export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}

/** A new portal user of the company; the invitation (set-password link) goes to the outbox. */
export async function inviteDealerUser(
  manager: TUserManager,
  input: TNewDealerUser,
): Promise<{ userId: number }> {
  try {
    return await db.$transaction(async (tx) => {
      await lockCompany(tx, manager, input.customerId);
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } }))
        throw emailTaken();
      const user = await tx.user.create({ data: { ...input, role: "DEALER" } });
      await sendInvitation(tx, user.id);
      await audit(tx, manager, {
        customerId: input.customerId,
        action: "user.create",
        userId: user.id,
        after: { email: input.email, name: input.name, language: input.language, role: "DEALER" },
      });
      return { userId: user.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

/** Deactivation bumps the session version and ends the user's sessions at once. */
export async function setDealerUserActive(
  manager: TUserManager,
  { userId, active }: { userId: number; active: boolean },
): Promise<void> {
  if (userId === manager.userId && !active) throw new AppError("VALIDATION", "company.notYourself");
  await db.$transaction(async (tx) => {
    const before = await lockedUser(tx, manager, userId);
    if (before.active === active) return;
    await tx.user.update({
      where: { id: userId },
      data: active ? { active } : { active, sessionVersion: { increment: 1 } },
    });
    if (!active) {
      await endAllUserSessions(userId, tx);
      if (before.companyAdmin) await assertAnAdminRemains(tx, before.customerId!);
    }
    await audit(tx, manager, {
      customerId: before.customerId!,
      action: active ? "user.reactivate" : "user.deactivate",
      userId,
      before: { active: before.active },
      after: { active },
    });
  });
}

/**
 * A fresh set-password link. Staff reactivate a user first; a company admin's "invite again"
 * also brings a deactivated colleague back (their old sessions stay ended).
 */
export async function reinviteDealerUser(
  manager: TUserManager,
  { userId }: { userId: number },
  { reactivate }: { reactivate: boolean },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await lockedUser(tx, manager, userId);
    if (!user.active) {
      if (!reactivate) throw new AppError("CONFLICT", "company.inactive");
      await tx.user.update({ where: { id: userId }, data: { active: true } });
      await audit(tx, manager, {
        customerId: user.customerId!,
        action: "user.reactivate",
        userId,
        before: { active: false },
        after: { active: true },
      });
    }
    await sendInvitation(tx, userId);
    await audit(tx, manager, {
      customerId: user.customerId!,
      action: "user.invite",
      userId,
      before: {},
      after: { invitationSent: true },
    });
  });
}

/** Who is the company's admin; the last active admin can't be taken away. */
export async function setCompanyAdmin(
  manager: TUserManager,
  { userId, admin }: { userId: number; admin: boolean },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await lockedUser(tx, manager, userId);
    if (before.companyAdmin === admin) return;
    if (admin && !before.active) throw new AppError("CONFLICT", "company.inactive");
    await tx.user.update({ where: { id: userId }, data: { companyAdmin: admin } });
    if (!admin) await assertAnAdminRemains(tx, before.customerId!);
    await audit(tx, manager, {
      customerId: before.customerId!,
      action: admin ? "user.adminGranted" : "user.adminRevoked",
      userId,
      before: { companyAdmin: before.companyAdmin },
      after: { companyAdmin: admin },
    });
  });
}
