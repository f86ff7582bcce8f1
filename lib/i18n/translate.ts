import type { MessageKeys, Messages, NestedKeyOf, TranslationValues } from "next-intl";

// Types for translate functions passed around outside next-intl's hooks (e-mails, PDFs, columns),
// over the typed messages of app-config.d.ts, so a wrong key fails to compile.

export type TNamespace = keyof Messages;
export type TMessageKey<NS extends TNamespace> = MessageKeys<Messages[NS], NestedKeyOf<Messages[NS]>>;
/** A key of any namespace, e.g. "errors.notFound" (what server errors and zod messages carry). */
export type TAnyMessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;
export type TTranslate<NS extends TNamespace> = (key: TMessageKey<NS>, values?: TranslationValues) => string;

/** Whether a key that came from data (a zod message, an AppError) names a message, so t() may show it. */
export function isMessageKey(messages: object, key: string): key is TAnyMessageKey {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}
