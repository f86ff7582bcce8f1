import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickNamespaces, SHELL_NAMESPACES } from "@/lib/i18n/messages";

/**
 * The wording a page's client components use, sent to the browser with the shell's: wrap the
 * page's content in it, naming the namespaces (lib/i18n/client-namespaces.unit.test.ts reads the
 * page's imports and requires exactly those). Everything else stays on the server.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly string[];
  children: React.ReactNode;
}) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={pickNamespaces(messages, [...SHELL_NAMESPACES, ...namespaces])}>
      {children}
    </NextIntlClientProvider>
  );
}
