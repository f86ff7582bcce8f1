"use client";
import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { REQUEST_ID_COOKIE } from "@/lib/request-id";

// Unexpected errors: a friendly page with the id of the request that failed, the same id that is
// on that request's log lines (proxy.ts leaves it in a cookie; the digest is the fallback, and is
// logged with the request id by onRequestError in instrumentation.ts).
function readRequestId(): string | undefined {
  const pair = document.cookie.split("; ").find((c) => c.startsWith(`${REQUEST_ID_COOKIE}=`));
  return pair ? decodeURIComponent(pair.slice(REQUEST_ID_COOKIE.length + 1)) : undefined;
}

const noSubscription = () => () => {};

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("common");
  const requestId = useSyncExternalStore(noSubscription, readRequestId, () => undefined);
  return (
    <main id="main" className="mx-auto flex max-w-xl flex-col gap-4 p-10">
      <h1 className="text-2xl font-semibold">{t("errorTitle")}</h1>
      <p>{t("errorText", { requestId: requestId ?? error.digest ?? "-" })}</p>
      <button type="button" onClick={reset} className="self-start rounded bg-brand-600 px-4 py-2 text-white">
        {t("tryAgain")}
      </button>
    </main>
  );
}
