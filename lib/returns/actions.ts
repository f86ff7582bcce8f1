"use server";
import { defineAction } from "@/lib/actions/define-action";
import { requireDealer } from "@/lib/auth/session";
import { ZReturnRequestSchema } from "./schema";
import { submitReturnRequest } from "./submit-return-request";

// POST (server action) – the dealer's return request becomes one RMA; a resubmission returns the same RMA.
export const submitReturnRequestAction = defineAction(ZReturnRequestSchema, async (input) => {
  const dealer = await requireDealer();
  const { rmaNumber } = await submitReturnRequest({ userId: dealer.userId, customerId: dealer.customerId }, input);
  // Note: no revalidatePath: every page here is rendered per request (nothing to invalidate), and
  // revalidating would make Next.js render the confirmation page again into this action's answer.
  return { rmaNumber };
});
