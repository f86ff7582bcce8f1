"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { requireDealer } from "@/lib/auth/session";
import { ZReturnRequestSchema } from "./schema";
import { submitReturnRequest } from "./submit-return-request";

// POST (server action) – the dealer's return request becomes one RMA; a resubmission returns the same RMA.
export const submitReturnRequestAction = defineAction(ZReturnRequestSchema, async (input) => {
  const dealer = await requireDealer();
  const { rmaNumber } = await submitReturnRequest({ userId: dealer.userId, customerId: dealer.customerId }, input);
  revalidatePath("/returns");
  revalidatePath("/returns/new");
  revalidatePath("/");
  return { rmaNumber };
});
