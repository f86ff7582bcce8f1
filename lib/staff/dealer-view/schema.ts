import { z } from "zod";

// "View as dealer": which dealer, and optionally which of their pages to land on (the RMA,
// claim or invoice staff came from). Only the dealer portal's own read pages are accepted.
export const DEALER_VIEW_LANDING =
  /^\/(?:returns|warranty|orders\/open|invoices\/unpaid)(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)?(?:\?[A-Za-z0-9._=&%-]*)?$/;

export const ZStartDealerViewSchema = z.object({
  customerId: z.coerce.number().int().positive().max(2_147_483_647),
  landing: z.string().max(200).regex(DEALER_VIEW_LANDING, "errors.validation").optional(),
});
export type TStartDealerView = z.output<typeof ZStartDealerViewSchema>;

export const ZEndDealerViewSchema = z.object({}).strict();
