import type { TLocale } from "./locales";
import type { TAppMessages } from "./message-keys";

// Messages are split per section (messages/<locale>/<namespace>.json) so each section owns
// its wording; they are merged into one object keyed by namespace.
export const NAMESPACES = [
  "common",
  "auth",
  "home",
  "errors",
  "grid",
  "email",
  "returns",
  "rma",
  "warranty",
  "orders",
  "invoices",
  "staff",
  "erp",
  "info",
  "desk",
  "account",
  "company",
  "search",
  "dealerView",
  "goodsIn",
  "auditTrail",
  "staffSearch",
  "erpWebhooks",
] as const;

export type TMessages = Record<string, Record<string, unknown>>;

/**
 * What the root layout sends the browser: the shell's wording (the language switch, the error and
 * not-found pages). A page adds what its own client components use with <ClientMessages>
 * (components/layout/client-messages.tsx); client-namespaces.unit.test.ts keeps both exact.
 */
export const SHELL_NAMESPACES: readonly string[] = ["common"];
/** The staff dashboard's layout sends all but the wording that stays on the server there. */
export const STAFF_CLIENT_NAMESPACES: readonly string[] = NAMESPACES.filter(
  (ns) => ns !== "info" && ns !== "dealerView" && ns !== "staffSearch",
);

export function pickNamespaces(messages: TMessages, namespaces: readonly string[]): TMessages {
  return Object.fromEntries(namespaces.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]!]));
}

const loaded = new Map<TLocale, Promise<TAppMessages>>();

/** All namespaces of a locale, typed by the Dutch reference (messages.unit.test.ts keeps the keys equal); read once per locale. */
export function loadMessages(locale: TLocale): Promise<TAppMessages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = Promise.all(
      NAMESPACES.map(async (ns) => [ns, (await import(`./messages/${locale}/${ns}.json`)).default] as const),
    ).then((entries) => Object.fromEntries(entries) as TAppMessages);
    messages.catch(() => loaded.delete(locale)); // a failed read is tried again next time
    loaded.set(locale, messages);
  }
  return messages;
}
