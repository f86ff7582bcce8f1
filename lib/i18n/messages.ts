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

/** What the browser needs: the staff dashboard's, the ERP's, the e-mails' and the info pages' wording stays on the server. */
export const CLIENT_NAMESPACES = NAMESPACES.filter(
  (ns) =>
    ns !== "staff" &&
    ns !== "erp" &&
    ns !== "email" &&
    ns !== "info" &&
    ns !== "dealerView" &&
    ns !== "goodsIn" &&
    ns !== "staffSearch" &&
    ns !== "erpWebhooks",
);
/** Staff pages add theirs; "email" for the outbox's retry button (email.staffOutbox). */
export const STAFF_CLIENT_NAMESPACES = [
  ...CLIENT_NAMESPACES,
  "staff",
  "erp",
  "email",
  "goodsIn",
  "erpWebhooks",
] as const;

export function pickNamespaces(messages: TMessages, namespaces: readonly string[]): TMessages {
  return Object.fromEntries(namespaces.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]!]));
}

/** All namespaces of a locale, typed by the Dutch reference (messages.unit.test.ts keeps the keys equal). */
export async function loadMessages(locale: TLocale): Promise<TAppMessages> {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`./messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(entries) as TAppMessages;
}
