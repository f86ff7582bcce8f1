"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { requireStaff } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { retryOutboxMessage } from "./retry";
import { scheduleOutboxDrain } from "./schedule";

const ZRetryOutboxMessageSchema = z.object({ id: z.number().int().positive() });

// POST (action) retryOutboxMessageAction – staff put a FAILED mail back in the queue and drain
export const retryOutboxMessageAction = defineAction(ZRetryOutboxMessageSchema, async ({ id }) => {
  await requireStaff();
  if (!(await retryOutboxMessage(id))) throw new AppError("CONFLICT", "email.staffOutbox.notRetryable");
  revalidatePath("/staff/outbox", "layout");
  scheduleOutboxDrain();
  return { id };
});
