import type { MessageKeys, NestedKeyOf } from "next-intl";
import type auth from "./messages/en/auth.json";
import type common from "./messages/en/common.json";
import type email from "./messages/en/email.json";
import type erp from "./messages/en/erp.json";
import type errors from "./messages/en/errors.json";
import type grid from "./messages/en/grid.json";
import type home from "./messages/en/home.json";
import type invoices from "./messages/en/invoices.json";
import type orders from "./messages/en/orders.json";
import type returns from "./messages/en/returns.json";
import type staff from "./messages/en/staff.json";
import type warranty from "./messages/en/warranty.json";

// The shape of the messages, taken from the English files (messages.unit.test.ts keeps every
// language's keys equal), so a translation key in code is checked by the compiler.
export type TAppMessages = {
  auth: typeof auth; common: typeof common; email: typeof email; erp: typeof erp; errors: typeof errors;
  grid: typeof grid; home: typeof home; invoices: typeof invoices; orders: typeof orders; returns: typeof returns;
  staff: typeof staff; warranty: typeof warranty;
};

/** A full message key, e.g. "returns.onlyNLeft". */
export type TMessageKey = MessageKeys<TAppMessages, NestedKeyOf<TAppMessages>>;

/** Whether a text (e.g. a zod issue's message) is one of our message keys rather than plain text. */
export function isMessageKey(messages: TAppMessages, text: string): text is TMessageKey {
  let node: unknown = messages;
  for (const part of text.split(".")) {
    if (!node || typeof node !== "object" || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}
