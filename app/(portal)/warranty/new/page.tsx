import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { requireDealer } from "@/lib/auth/session";
import { todayIso } from "@/lib/dates";
import { getWarrantyManualUrl } from "@/lib/warranty/queries";
import { ClaimForm } from "./claim-form";

export async function generateMetadata() {
  const t = await getTranslations("warranty");
  return { title: t("newTitle") };
}

export default async function NewWarrantyClaimPage() {
  await requireDealer();
  const [t, manualUrl] = await Promise.all([getTranslations("warranty"), getWarrantyManualUrl()]);
  return (
    <ClientMessages namespaces={["errors", "warranty"]}>
      <div className="flex flex-col gap-6">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
            <p className="text-slate-700">{t("newIntro")}</p>
          </div>
          <a
            href={manualUrl}
            target="_blank"
            rel="noopener noreferrer"
            className="font-medium text-brand-700 underline"
          >
            {t("manualLink")}
          </a>
        </div>
        <ClaimForm idempotencyKey={randomUUID()} today={todayIso()} />
      </div>
    </ClientMessages>
  );
}
