"use server";
import { staffAction } from "@/lib/actions/safe-action";
import { revalidateStaffChange } from "../revalidate";
import { createCustomer, updateCustomerSettings } from "./customers";
import {
  ZCreateCustomerSchema,
  ZCreateUserSchema,
  ZCustomerSettingsSchema,
  ZSetUserActiveSchema,
  ZSetUserAdminSchema,
  ZUserIdSchema,
} from "./schema";
import {
  createDealerUser,
  endSessionsOfUser,
  resendInvitation,
  setUserActive,
  setUserCompanyAdmin,
} from "./users";

// POST (action) createCustomerAction – a new dealer company
export const createCustomerAction = staffAction(ZCreateCustomerSchema, async (input, { staff }) => {
  const result = await createCustomer(staff, input);
  revalidateStaffChange();
  return result;
});

// POST (action) updateCustomerSettingsAction – carrier, special-order returns, language
export const updateCustomerSettingsAction = staffAction(ZCustomerSettingsSchema, async (input, { staff }) => {
  await updateCustomerSettings(staff, input);
  revalidateStaffChange("/returns/new", "/");
  return { saved: true };
});

// POST (action) createUserAction – a dealer user, invited by e-mail
export const createUserAction = staffAction(ZCreateUserSchema, async (input, { staff }) => {
  const result = await createDealerUser(staff, input);
  revalidateStaffChange();
  return result;
});

// POST (action) setUserActiveAction – deactivate (ends open sessions) or reactivate a user
export const setUserActiveAction = staffAction(ZSetUserActiveSchema, async (input, { staff }) => {
  await setUserActive(staff, input);
  revalidateStaffChange();
  return { saved: true };
});

// POST (action) resendInvitationAction – a fresh set-password link
export const resendInvitationAction = staffAction(ZUserIdSchema, async (input, { staff }) => {
  await resendInvitation(staff, input);
  revalidateStaffChange();
  return { sent: true };
});

// POST (action) endUserSessionsAction – signs a user out on every device
export const endUserSessionsAction = staffAction(ZUserIdSchema, async (input, { staff }) => {
  const result = await endSessionsOfUser(staff, input);
  revalidateStaffChange();
  return result;
});

// POST (action) setUserAdminAction – make a dealer user the company's admin, or take it away
export const setUserAdminAction = staffAction(ZSetUserAdminSchema, async (input, { staff }) => {
  await setUserCompanyAdmin(staff, input);
  revalidateStaffChange();
  return { saved: true };
});
