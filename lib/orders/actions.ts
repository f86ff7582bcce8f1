"use server";
import { dealerAction } from "@/lib/actions/safe-action";
import { acknowledgeExpectedDates } from "./marks";
import { ZAcknowledgeExpectedDatesSchema } from "./schema";

// POST (action) acknowledgeExpectedDatesAction – the user has seen these open lines' expected dates
// Note: no audit entry and no revalidatePath: it changes only the caller's own marks; the page refreshes itself.
export const acknowledgeExpectedDatesAction = dealerAction(
  ZAcknowledgeExpectedDatesSchema,
  async ({ lineIds, seenAt }, { dealer }) => ({
    acknowledged: await acknowledgeExpectedDates(dealer, lineIds, new Date(seenAt)),
  }),
);
