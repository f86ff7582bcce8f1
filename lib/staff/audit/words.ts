import "server-only";
import type { TLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import type { TAuditWords } from "./changes";

/** The wording an audit entry is read in: labels of actions, fields and values, and the warranty checks. */
export async function loadAuditWords(locale: TLocale): Promise<TAuditWords> {
  const messages = await loadMessages(locale);
  return { messages: messages.auditTrail, checks: messages.warranty.checks, locale };
}
