import { type TranslationValues, useMessages, useTranslations } from "next-intl";
import { isMessageKey } from "./message-keys";

/** For client forms: the text of a message that came from data. Zod messages and server error codes
 * are translation keys ("errors.required"); server field errors arrive translated and pass as they are. */
export function useMessageText(): (text?: string | null, values?: TranslationValues) => string | undefined {
  const t = useTranslations();
  const messages = useMessages();
  return (text, values) => (text ? (isMessageKey(messages, text) ? t(text, values) : text) : undefined);
}
