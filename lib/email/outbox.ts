import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { TLocale } from "@/lib/i18n/locales";
import { renderEmail, type TEmailData, type TEmailTemplate } from "./render";

// A message is written to the outbox in the same transaction as the change that causes it,
// and delivered after commit (lib/email/sender.ts). Nothing is sent inside a transaction.
export async function enqueueEmail<K extends TEmailTemplate>(
  tx: Prisma.TransactionClient,
  message: { template: K; to: string[]; language: TLocale; data: TEmailData[K] },
): Promise<void> {
  const rendered = await renderEmail(message.template, message.language, message.data);
  await tx.outboxMessage.create({
    data: {
      to: [...new Set(message.to)],
      template: message.template,
      language: message.language,
      ...rendered,
    },
  });
}
