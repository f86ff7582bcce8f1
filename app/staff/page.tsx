import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export default async function StaffHomePage() {
  await requireStaff();
  const t = await getTranslations("home");
  const [openRmas, openClaims, pendingMail] = await Promise.all([
    db.rma.count({ where: { status: "OPEN" } }),
    db.warrantyClaim.count({ where: { status: { in: ["RECEIVED", "IN_TREATMENT"] } } }),
    db.outboxMessage.count({ where: { status: "PENDING" } }),
  ]);
  return (
    <ul className="grid gap-4 sm:grid-cols-3">
      <li data-testid="staff-open-rmas" className="rounded-lg border bg-white p-5">{t("returnsCount", { count: openRmas })}</li>
      <li data-testid="staff-open-claims" className="rounded-lg border bg-white p-5">{t("warrantyCount", { count: openClaims })}</li>
      <li data-testid="staff-pending-mail" className="rounded-lg border bg-white p-5">Outbox: {pendingMail}</li>
    </ul>
  );
}
