import "server-only";
import { endAllUserSessions } from "@/lib/auth/user-sessions";
import {
  inviteDealerUser,
  reinviteDealerUser,
  setCompanyAdmin,
  setDealerUserActive,
  type TUserManager,
} from "@/lib/company/user-admin";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertStaff, type TStaffContext, writeStaffAudit } from "../context";
import type { TCreateUser, TSetUserActive, TSetUserAdmin, TUserId } from "./schema";

const asManager = (ctx: TStaffContext): TUserManager => ({ role: "STAFF", userId: ctx.userId });

// Note: inviting, deactivating and re-inviting have one home (lib/company/user-admin.ts), shared
// with the company admins; these are the staff doors to it.

/** A portal user of a dealer company; the invitation (set-password link) goes to the outbox. */
export async function createDealerUser(ctx: TStaffContext, input: TCreateUser): Promise<{ userId: number }> {
  assertStaff(ctx);
  return inviteDealerUser(asManager(ctx), input);
}

/** Deactivation bumps the session version, so the user's open sessions end at once. */
export async function setUserActive(ctx: TStaffContext, { userId, active }: TSetUserActive): Promise<void> {
  assertStaff(ctx);
  await setDealerUserActive(asManager(ctx), { userId, active });
}

/** Staff make a dealer user the company's admin, or take it away (one active admin remains). */
export async function setUserCompanyAdmin(ctx: TStaffContext, input: TSetUserAdmin): Promise<void> {
  assertStaff(ctx);
  await setCompanyAdmin(asManager(ctx), input);
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
  await reinviteDealerUser(asManager(ctx), { userId }, { reactivate: false });
}
