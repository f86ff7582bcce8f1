"use server";
import { staffAction } from "@/lib/actions/safe-action";
import { revalidateStaffChange } from "../revalidate";
import {
  ZCarrierRangeSchema,
  ZPortalSettingsSchema,
  ZReturnReasonSchema,
  ZUpdateReturnReasonSchema,
} from "./schema";
import { createReturnReason, updateCarrierRange, updatePortalSettings, updateReturnReason } from "./settings";

// POST (action) createReasonAction – a new return reason
export const createReasonAction = staffAction(ZReturnReasonSchema, async (input, { staff }) => {
  const result = await createReturnReason(staff, input);
  revalidateStaffChange("/returns/new", "/returns");
  return result;
});

// POST (action) updateReasonAction – rename, reorder or retire a return reason
export const updateReasonAction = staffAction(ZUpdateReturnReasonSchema, async (input, { staff }) => {
  await updateReturnReason(staff, input);
  revalidateStaffChange("/returns/new", "/returns");
  return { saved: true };
});

// POST (action) updateSettingsAction – surcharge, links and return address
export const updateSettingsAction = staffAction(ZPortalSettingsSchema, async (input, { staff }) => {
  await updatePortalSettings(staff, input);
  revalidateStaffChange("/returns/new", "/warranty/new", "/");
  return { saved: true };
});

// POST (action) updateCarrierRangeAction – a carrier's name on the return label and its tracking number range
export const updateCarrierRangeAction = staffAction(ZCarrierRangeSchema, async (input, { staff }) => {
  await updateCarrierRange(staff, input);
  revalidateStaffChange();
  return { saved: true };
});
