import { ActionButton, EmailLayout, Paragraph, type TEmailDefinition } from "./email-layout";

// Sent when staff move a warranty claim to a new status.
export type TWarrantyMailStatus = "RECEIVED" | "IN_TREATMENT" | "AWARDED" | "REFUSED";
export type TWarrantyStatusData = {
  name: string;
  claimNumber: string;
  status: TWarrantyMailStatus;
  claimUrl: string;
};

export const warrantyStatusEmail: TEmailDefinition<TWarrantyStatusData> = {
  subject: (t, data) =>
    t("warrantyStatus.subject", {
      claimNumber: data.claimNumber,
      status: t(`warrantyStatus.status.${data.status}`),
    }),
  Component: ({ t, language, data }) => {
    const intro = t("warrantyStatus.intro", {
      claimNumber: data.claimNumber,
      status: t(`warrantyStatus.status.${data.status}`),
    });
    return (
      <EmailLayout t={t} language={language} name={data.name} preview={intro}>
        <Paragraph>{intro}</Paragraph>
        <Paragraph>{t(`warrantyStatus.explanation.${data.status}`)}</Paragraph>
        <ActionButton t={t} href={data.claimUrl} label={t("warrantyStatus.action")} />
        <Paragraph>{t("layout.loginNote")}</Paragraph>
      </EmailLayout>
    );
  },
};
