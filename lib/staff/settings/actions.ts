"use server";
import { defineAction } from "@/lib/actions/define-action";
import { requireStaff } from "@/lib/auth/session";
import { revalidateStaffChange } from "../revalidate";
import { ZPortalSettingsSchema, ZReturnReasonSchema, ZUpdateReturnReasonSchema } from "./schema";
import { createReturnReason, updatePortalSettings, updateReturnReason } from "./settings";

// POST (action) createReasonAction – a new return reason
export const createReasonAction = defineAction(ZReturnReasonSchema, async (input) => {
  const result = await createReturnReason(await requireStaff(), input);
  revalidateStaffChange("/returns/new", "/returns");
  return result;
});

// POST (action) updateReasonAction – rename, reorder or retire a return reason
export const updateReasonAction = defineAction(ZUpdateReturnReasonSchema, async (input) => {
  await updateReturnReason(await requireStaff(), input);
  revalidateStaffChange("/returns/new", "/returns");
  return { saved: true };
});

// POST (action) updateSettingsAction – surcharge, links and return address
export const updateSettingsAction = defineAction(ZPortalSettingsSchema, async (input) => {
  await updatePortalSettings(await requireStaff(), input);
  revalidateStaffChange("/returns/new", "/warranty/new", "/");
  return { saved: true };
});
