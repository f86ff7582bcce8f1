"use server";
import { dealerAction } from "@/lib/actions/safe-action";
import { ZReturnSubmissionSchema } from "./return-form-data";
import { submitReturnRequest } from "./submit-return-request";

// POST (server action) – the dealer's return request (with its lines' photos, when a reason asks
// for them) becomes one RMA; a resubmission returns the same RMA.
export const submitReturnRequestAction = dealerAction(
  ZReturnSubmissionSchema,
  async ({ photos, ...input }, { dealer }) => {
    const { rmaNumber } = await submitReturnRequest(dealer, input, photos);
    // Note: no revalidatePath: every page here is rendered per request (nothing to invalidate), and
    // revalidating would make Next.js render the confirmation page again into this action's answer.
    return { rmaNumber };
  },
);
