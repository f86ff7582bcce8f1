import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { TMessageKey } from "@/lib/i18n/message-keys";

/** A page's `generateMetadata`: its title in the user's language (the root layout adds the portal's name). */
export function pageTitle(key: TMessageKey): () => Promise<Metadata> {
  return async () => {
    const t = await getTranslations();
    return { title: t(key) };
  };
}
