import "server-only";
import { createTranslator } from "next-intl";
import type { TLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import type { TTranslate } from "@/lib/i18n/translate";

// Text that staff changes put in the dealer's language (reaction PDF, "not received" reason).
export async function staffTranslator(locale: TLocale): Promise<TTranslate<"staff">> {
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "staff" });
  return (key, values) => t(key, values);
}
