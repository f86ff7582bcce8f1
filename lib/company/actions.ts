"use server";
import { revalidatePath } from "next/cache";
import { dealerAction } from "@/lib/actions/safe-action";
import {
  ZColleagueActiveSchema,
  ZColleagueAdminSchema,
  ZColleagueSchema,
  ZInviteColleagueSchema,
} from "./schema";
import {
  inviteDealerUser,
  reinviteDealerUser,
  setCompanyAdmin,
  setDealerUserActive,
  type TUserManager,
} from "./user-admin";

// A company admin manages their own company's users. The company is the session's, never the
// input's; a dealer who is not the admin, or a user of another company, gets NOT_FOUND.
const asAdmin = (dealer: { userId: number; customerId: number }): TUserManager => ({
  role: "DEALER",
  userId: dealer.userId,
  customerId: dealer.customerId,
});

// POST (action) inviteColleagueAction – a new user of the admin's company, invited by e-mail
export const inviteColleagueAction = dealerAction(ZInviteColleagueSchema, async (input, { dealer }) => {
  const result = await inviteDealerUser(asAdmin(dealer), { ...input, customerId: dealer.customerId });
  revalidatePath("/company/users");
  return result;
});

// POST (action) setColleagueActiveAction – deactivate (ends their sessions) or reactivate a colleague
export const setColleagueActiveAction = dealerAction(ZColleagueActiveSchema, async (input, { dealer }) => {
  await setDealerUserActive(asAdmin(dealer), input);
  revalidatePath("/company/users");
  return { saved: true };
});

// POST (action) reinviteColleagueAction – a fresh set-password link (brings a deactivated colleague back)
export const reinviteColleagueAction = dealerAction(ZColleagueSchema, async (input, { dealer }) => {
  await reinviteDealerUser(asAdmin(dealer), input, { reactivate: true });
  revalidatePath("/company/users");
  return { sent: true };
});

// POST (action) setColleagueAdminAction – who is the company's admin (one active admin remains)
export const setColleagueAdminAction = dealerAction(ZColleagueAdminSchema, async (input, { dealer }) => {
  await setCompanyAdmin(asAdmin(dealer), input);
  revalidatePath("/company/users");
  return { saved: true };
});
