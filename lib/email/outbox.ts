import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { TLocale } from "@/lib/i18n/locales";
import { recipientsWanting } from "./preferences";
import { renderEmail, type TEmailData, type TEmailTemplate, type TRenderedEmail } from "./render";

// A message is written to the outbox in the same transaction as the change that causes it,
// and delivered after commit (lib/email/sender.ts). Nothing is sent inside a transaction.
// Users who turned a kind of mail off on their account page are left out (lib/email/preferences.ts);
// when no one is left, nothing is written.
export type TEmailMessage<K extends TEmailTemplate> = {
  template: K;
  to: string[];
  language: TLocale;
  data: TEmailData[K];
};
export type TRenderEmail = typeof renderEmail;
/** A message rendered ahead of its transaction (prepareEmail), written by enqueuePreparedEmail. */
export type TPreparedEmail = { template: TEmailTemplate; to: string[]; language: TLocale } & TRenderedEmail;

export async function enqueueEmail<K extends TEmailTemplate>(
  tx: Prisma.TransactionClient,
  message: TEmailMessage<K>,
): Promise<void> {
  const to = await recipientsWanting(tx, message.template, [...new Set(message.to)]);
  if (to.length === 0) return;
  const rendered = await renderEmail(message.template, message.language, message.data);
  await tx.outboxMessage.create({
    data: { to, template: message.template, language: message.language, ...rendered },
  });
}

/**
 * Renders a message and picks its recipients before the transaction that writes it, so no lock the
 * transaction takes is held while rendering or reading preferences. A value only known inside the
 * transaction (a document number) is rendered as a placeholder and filled in by enqueuePreparedEmail.
 */
export async function prepareEmail<K extends TEmailTemplate>(
  message: TEmailMessage<K>,
  render: TRenderEmail = renderEmail,
): Promise<TPreparedEmail> {
  const [to, rendered] = await Promise.all([
    recipientsWanting(db, message.template, [...new Set(message.to)]),
    render(message.template, message.language, message.data),
  ]);
  return { template: message.template, to, language: message.language, ...rendered };
}

/** Writes a prepared message (each placeholder of `fill` replaced by its value); nothing when no recipient wants it. */
export async function enqueuePreparedEmail(
  tx: Prisma.TransactionClient,
  prepared: TPreparedEmail,
  fill: Record<string, string> = {},
): Promise<void> {
  const { to } = prepared;
  if (to.length === 0) return;
  const filled = (text: string) =>
    Object.entries(fill).reduce((out, [placeholder, value]) => out.replaceAll(placeholder, value), text);
  await tx.outboxMessage.create({
    data: {
      to,
      template: prepared.template,
      language: prepared.language,
      subject: filled(prepared.subject),
      html: filled(prepared.html),
      text: filled(prepared.text),
    },
  });
}
