import "server-only";
import { db } from "@/lib/db/client";

// Reads for the staff outbox pages: a page of messages (without their bodies) and one message.
export const OUTBOX_PAGE_SIZE = 50;
export type TOutboxStatus = "PENDING" | "SENT" | "FAILED";

export async function listOutboxMessages(page: number) {
  const [rows, total] = await Promise.all([
    db.outboxMessage.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        to: true,
        template: true,
        language: true,
        subject: true,
        status: true,
        attempts: true,
        lastError: true,
        sentAt: true,
      },
    }),
    db.outboxMessage.count(),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
}

export async function getOutboxMessage(id: number) {
  return db.outboxMessage.findUnique({
    where: { id },
    select: {
      id: true,
      createdAt: true,
      to: true,
      template: true,
      language: true,
      subject: true,
      html: true,
      text: true,
      status: true,
      attempts: true,
      lastError: true,
      sentAt: true,
    },
  });
}
