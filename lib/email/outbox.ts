import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { TLocale } from "@/lib/i18n/locales";
import { recipientsWanting } from "./preferences";
import { renderEmail, type TEmailData, type TEmailTemplate } from "./render";

// A message is written to the outbox in the same transaction as the change that causes it,
// and delivered after commit (lib/email/sender.ts). Nothing is sent inside a transaction.
// Users who turned a kind of mail off on their account page are left out (lib/email/preferences.ts);
// when no one is left, nothing is written.
export async function enqueueEmail<K extends TEmailTemplate>(
  tx: Prisma.TransactionClient,
  message: { template: K; to: string[]; language: TLocale; data: TEmailData[K] },
): Promise<void> {
  const to = await recipientsWanting(tx, message.template, [...new Set(message.to)]);
  if (to.length === 0) return;
  const rendered = await renderEmail(message.template, message.language, message.data);
  await tx.outboxMessage.create({
    data: {
      to,
      template: message.template,
      language: message.language,
      ...rendered,
    },
  });
}
