import "server-only";
import { createTranslator } from "next-intl";
import type { TLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

// Text that staff changes put in the dealer's language (reaction PDF, "not received" reason).
export async function staffTranslator(locale: TLocale): Promise<(key: string, values?: Record<string, string | number>) => string> {
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "staff" });
  return (key, values) => t(key as never, values as never);
}
