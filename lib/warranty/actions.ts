"use server";
import { revalidatePath } from "next/cache";
import { jsonFormData } from "@/lib/actions/json-form";
import { dealerAction } from "@/lib/actions/safe-action";
import { addClaimMessage } from "./add-claim-message";
import { ZClaimMessageSchema, ZWarrantyClaimSchema } from "./schema";
import { submitWarrantyClaim } from "./submit-warranty-claim";

// The forms post FormData: the fields as JSON in "claim" (or "message"), the files as "files".

const ZClaimFormSchema = jsonFormData("claim", ZWarrantyClaimSchema);
const ZMessageFormSchema = jsonFormData("message", ZClaimMessageSchema);

// POST (server action) – file a warranty claim with its attachments (idempotent on the form's key).
export const submitWarrantyClaimAction = dealerAction(
  ZClaimFormSchema,
  async ({ uploads, ...claim }, { dealer }) => {
    const { number } = await submitWarrantyClaim(dealer, claim, uploads);
    revalidatePath("/warranty");
    revalidatePath("/");
    return { number };
  },
);

// POST (server action) – add a message and/or attachments to an open claim of the dealer's company.
export const addClaimMessageAction = dealerAction(
  ZMessageFormSchema,
  async ({ uploads, ...message }, { dealer }) => {
    const result = await addClaimMessage(dealer, message, uploads);
    revalidatePath(`/warranty/${result.number}`);
    revalidatePath("/warranty");
    return result;
  },
);
