"use server";
import { staffAction } from "@/lib/actions/safe-action";
import { DEALER_PAGES, revalidateStaffChange } from "../revalidate";
import { setArticleExpectedDate, setLineExpectedDate } from "./expected-date";
import { ZArticleExpectedDateSchema, ZLineExpectedDateSchema } from "./schema";

// POST (action) setLineExpectedDateAction – expected delivery date of one open line
export const setLineExpectedDateAction = staffAction(ZLineExpectedDateSchema, async (input, { staff }) => {
  const result = await setLineExpectedDate(staff, input);
  revalidateStaffChange(...DEALER_PAGES.orders);
  return { changed: result.changed };
});

// POST (action) setArticleExpectedDateAction – the same date for all open lines of an article
export const setArticleExpectedDateAction = staffAction(
  ZArticleExpectedDateSchema,
  async (input, { staff }) => {
    const result = await setArticleExpectedDate(staff, input);
    revalidateStaffChange(...DEALER_PAGES.orders);
    return { changed: result.changed };
  },
);
