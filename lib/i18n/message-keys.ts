import type { MessageKeys, Messages, NestedKeyOf } from "next-intl";

// The shape of the messages is declared once, in app-config.d.ts (next-intl's AppConfig), so a
// translation key in code is checked by the compiler.
export type TAppMessages = Messages;

/** A full message key, e.g. "errors.required". */
export type TMessageKey = MessageKeys<TAppMessages, NestedKeyOf<TAppMessages>>;

/**
 * Whether a text (e.g. a zod issue's message) is one of our message keys rather than plain text.
 * A message is a string, or in the build an array: next.config.mjs has the messages precompiled,
 * which turns one with arguments into icu-minify's array form (a group of messages is an object).
 */
export function isMessageKey(messages: TAppMessages, text: string): text is TMessageKey {
  let node: unknown = messages;
  for (const part of text.split(".")) {
    if (!node || typeof node !== "object" || Array.isArray(node) || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" || Array.isArray(node);
}
