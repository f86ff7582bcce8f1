"use client";
import { useTranslations } from "next-intl";
import type { TEnrolment } from "@/lib/auth/second-factor-types";

type TEnrolStep = Omit<TEnrolment, "uri">;

// First sign-in of an account that needs a second step: the QR code to scan, its key to type, and
// the recovery codes, shown this once.
export function EnrolmentPanel({ enrolment }: { enrolment: TEnrolStep }) {
  const t = useTranslations("auth");
  const qr = `data:image/svg+xml;base64,${btoa(enrolment.qrSvg)}`;
  return (
    <section
      aria-labelledby="enrol-title"
      className="flex flex-col gap-3 rounded border border-slate-200 p-4"
    >
      <h2 id="enrol-title" className="text-lg font-semibold">
        {t("enrollTitle")}
      </h2>
      <p className="text-sm text-slate-700">{t("enrollIntro")}</p>
      {/* biome-ignore lint/performance/noImgElement: a generated data-URL QR code, nothing to optimise */}
      <img
        src={qr}
        alt={t("qrAlt")}
        width={192}
        height={192}
        className="self-center"
        data-testid="enrol-qr"
      />
      <p className="text-sm">
        {t("enrollSecret")}{" "}
        <code className="break-all font-mono" data-testid="enrol-secret">
          {enrolment.secret}
        </code>
      </p>
      <h3 className="font-semibold">{t("recoveryTitle")}</h3>
      <p className="text-sm text-slate-700">{t("recoveryIntro")}</p>
      <ul className="grid grid-cols-2 gap-1 font-mono text-sm" data-testid="recovery-codes">
        {enrolment.recoveryCodes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </section>
  );
}
