"use server";
import { dealerAction } from "@/lib/actions/safe-action";
import { ZReturnRequestSchema } from "./schema";
import { submitReturnRequest } from "./submit-return-request";

// POST (server action) – the dealer's return request becomes one RMA; a resubmission returns the same RMA.
export const submitReturnRequestAction = dealerAction(ZReturnRequestSchema, async (input, { dealer }) => {
  const { rmaNumber } = await submitReturnRequest(dealer, input);
  // Note: no revalidatePath: every page here is rendered per request (nothing to invalidate), and
  // revalidating would make Next.js render the confirmation page again into this action's answer.
  return { rmaNumber };
});
