import "server-only";
import type { TDealer, TStaff } from "@/lib/auth/session";
import { currentDealerView, currentUser, isDealer, isStaff, redirectToLogin } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { createActionBuilder } from "./action-core";

// One builder per kind of caller. Every server action is made with one of these:
//   dealerAction(schema, (input, { dealer }) => …)   the tenant is dealer.customerId, never the input's
//   staffAction(schema, (input, { staff }) => …)
//   publicAction(schema, (input, { user }) => …)     sign-in, password links, the language switch
// A visitor without a session is sent to the login page (an expired session comes back to its
// page); a signed-in user of the other role gets NOT_FOUND before the input is even looked at;
// staff viewing a dealer's portal read-only get FORBIDDEN ("read-only view") from every dealer action.

export type TDealerContext = { dealer: TDealer };
export type TStaffActionContext = { staff: TStaff };

export const dealerAction = createActionBuilder<TDealerContext>(async () => {
  const user = await currentUser();
  if (!user) return redirectToLogin();
  if (isDealer(user)) return { dealer: user };
  // Note: staff viewing a dealer's portal ("view as dealer") see everything and change nothing:
  // every dealer action is refused here, in one place, whatever the page shows.
  const view = await currentDealerView();
  if (view) {
    throw new AppError("FORBIDDEN", "dealerView.readOnly", { name: view.company.name });
  }
  return null;
});

export const staffAction = createActionBuilder<TStaffActionContext>(async () => {
  const user = await currentUser();
  if (!user) return redirectToLogin();
  return isStaff(user) ? { staff: user } : null;
});

/** No session needed; `user` is the signed-in user, if any. */
export const publicAction = createActionBuilder(async () => ({ user: await currentUser() }));
