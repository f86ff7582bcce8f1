"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/lib/actions/safe-action";
import { AppError } from "@/lib/errors";
import { retryOutboxMessage } from "./retry";

const ZRetryOutboxMessageSchema = z.object({ id: z.number().int().positive() });

// POST (action) retryOutboxMessageAction – staff put a FAILED mail back in the queue (drained after success)
export const retryOutboxMessageAction = staffAction(ZRetryOutboxMessageSchema, async ({ id }) => {
  if (!(await retryOutboxMessage(id))) throw new AppError("CONFLICT", "email.staffOutbox.notRetryable");
  revalidatePath("/staff/outbox", "layout");
  return { id };
});
