import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/** A page's `generateMetadata`: its title in the user's language (the root layout adds the portal's name). */
export function pageTitle(namespace: string, key: string): () => Promise<Metadata> {
  return async () => {
    const t = await getTranslations(namespace);
    return { title: t(key) };
  };
}
