import type { TLocale } from "./locales";

// Messages are split per section (messages/<locale>/<namespace>.json) so each section owns
// its wording; they are merged into one object keyed by namespace.
export const NAMESPACES = [
  "common", "auth", "home", "errors", "grid", "email",
  "returns", "warranty", "orders", "invoices", "staff", "erp",
] as const;

export type TMessages = Record<string, Record<string, unknown>>;

export async function loadMessages(locale: TLocale): Promise<TMessages> {
  const entries = await Promise.all(
    NAMESPACES.map(async (ns) => [ns, (await import(`./messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}
