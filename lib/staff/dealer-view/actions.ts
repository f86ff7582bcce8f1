"use server";
import { redirect } from "next/navigation";
import { staffAction } from "@/lib/actions/safe-action";
import { currentSessionId } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { ZEndDealerViewSchema, ZStartDealerViewSchema } from "./schema";
import { endDealerView, startDealerView } from "./views";

async function sessionIdOrFail(): Promise<string> {
  const sessionId = await currentSessionId();
  if (!sessionId) throw new AppError("UNAUTHENTICATED", "errors.UNAUTHENTICATED");
  return sessionId;
}

// POST (action) startDealerViewAction – open a dealer's portal read-only ("view as dealer")
export const startDealerViewAction = staffAction(ZStartDealerViewSchema, async (input, { staff }) => {
  await startDealerView(staff, await sessionIdOrFail(), input);
  redirect(input.landing ?? "/");
});

// POST (action) endDealerViewAction – back to the staff desk (the customer's page)
export const endDealerViewAction = staffAction(ZEndDealerViewSchema, async (_input, { staff }) => {
  const { customerId } = await endDealerView(staff, await sessionIdOrFail());
  redirect(customerId ? `/staff/customers/${customerId}` : "/staff");
});
