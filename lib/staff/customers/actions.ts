"use server";
import { defineAction } from "@/lib/actions/define-action";
import { requireStaff } from "@/lib/auth/session";
import { revalidateStaffChange } from "../revalidate";
import { createCustomer, updateCustomerSettings } from "./customers";
import { ZCreateCustomerSchema, ZCreateUserSchema, ZCustomerSettingsSchema, ZSetUserActiveSchema, ZUserIdSchema } from "./schema";
import { createDealerUser, resendInvitation, setUserActive } from "./users";

// POST (action) createCustomerAction – a new dealer company
export const createCustomerAction = defineAction(ZCreateCustomerSchema, async (input) => {
  const staff = await requireStaff();
  const result = await createCustomer(staff, input);
  revalidateStaffChange();
  return result;
});

// POST (action) updateCustomerSettingsAction – carrier, special-order returns, language
export const updateCustomerSettingsAction = defineAction(ZCustomerSettingsSchema, async (input) => {
  const staff = await requireStaff();
  await updateCustomerSettings(staff, input);
  revalidateStaffChange("/returns/new", "/");
  return { saved: true };
});

// POST (action) createUserAction – a dealer user, invited by e-mail
export const createUserAction = defineAction(ZCreateUserSchema, async (input) => {
  const staff = await requireStaff();
  const result = await createDealerUser(staff, input);
  revalidateStaffChange();
  return result;
});

// POST (action) setUserActiveAction – deactivate (ends open sessions) or reactivate a user
export const setUserActiveAction = defineAction(ZSetUserActiveSchema, async (input) => {
  const staff = await requireStaff();
  await setUserActive(staff, input);
  revalidateStaffChange();
  return { saved: true };
});

// POST (action) resendInvitationAction – a fresh set-password link
export const resendInvitationAction = defineAction(ZUserIdSchema, async (input) => {
  const staff = await requireStaff();
  await resendInvitation(staff, input);
  revalidateStaffChange();
  return { sent: true };
});
