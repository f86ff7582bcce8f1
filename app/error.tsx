"use client";
import { useTranslations } from "next-intl";

// Unexpected errors: a friendly page with the digest that the server logged.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <main id="main" className="mx-auto flex max-w-xl flex-col gap-4 p-10">
      <h1 className="text-2xl font-semibold">{t("errorTitle")}</h1>
      <p>{t("errorText", { requestId: error.digest ?? "-" })}</p>
      <button type="button" onClick={reset} className="self-start rounded bg-brand-600 px-4 py-2 text-white">{t("tryAgain")}</button>
    </main>
  );
}
