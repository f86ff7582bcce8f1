import { ActionButton, EmailLayout, Paragraph, type TEmailDefinition } from "./email-layout";

// Sent when staff move a return to a new status.
export type TRmaMailStatus = "RECEIVED" | "INVOICED" | "CLOSED" | "REJECTED";
export type TRmaStatusData = { name: string; rmaNumber: string; status: TRmaMailStatus; statusUrl: string };

export const rmaStatusEmail: TEmailDefinition<TRmaStatusData> = {
  subject: (t, data) =>
    t("rmaStatus.subject", { rmaNumber: data.rmaNumber, status: t(`rmaStatus.status.${data.status}`) }),
  Component: ({ t, language, data }) => {
    const intro = t("rmaStatus.intro", {
      rmaNumber: data.rmaNumber,
      status: t(`rmaStatus.status.${data.status}`),
    });
    return (
      <EmailLayout t={t} language={language} name={data.name} preview={intro}>
        <Paragraph>{intro}</Paragraph>
        <Paragraph>{t(`rmaStatus.explanation.${data.status}`)}</Paragraph>
        <ActionButton t={t} href={data.statusUrl} label={t("rmaStatus.action")} />
        <Paragraph>{t("layout.loginNote")}</Paragraph>
      </EmailLayout>
    );
  },
};
