"use server";
import { defineAction } from "@/lib/actions/define-action";
import { requireStaff } from "@/lib/auth/session";
import { DEALER_PAGES, revalidateStaffChange } from "../revalidate";
import { setArticleExpectedDate, setLineExpectedDate } from "./expected-date";
import { ZArticleExpectedDateSchema, ZLineExpectedDateSchema } from "./schema";

// POST (action) setLineExpectedDateAction – expected delivery date of one open line
export const setLineExpectedDateAction = defineAction(ZLineExpectedDateSchema, async (input) => {
  const result = await setLineExpectedDate(await requireStaff(), input);
  revalidateStaffChange(...DEALER_PAGES.orders);
  return { changed: result.changed };
});

// POST (action) setArticleExpectedDateAction – the same date for all open lines of an article
export const setArticleExpectedDateAction = defineAction(ZArticleExpectedDateSchema, async (input) => {
  const result = await setArticleExpectedDate(await requireStaff(), input);
  revalidateStaffChange(...DEALER_PAGES.orders);
  return { changed: result.changed };
});
