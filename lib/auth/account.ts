import "server-only";
import { db } from "@/lib/db/client";

// What the dealer's account page shows: name, language, mail choices, whether the second step
// is on and the open sessions (the current one marked).
export async function getAccountSecurity(userId: number, currentSessionId: string | undefined) {
  const [user, sessions] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        totpSecret: true,
        name: true,
        language: true,
        companyAdmin: true,
        mailRmaStatus: true,
        mailWarrantyStatus: true,
        mailInvoiceReminders: true,
      },
    }),
    db.userSession.findMany({
      where: { userId, expiresAt: { gt: new Date() } },
      orderBy: { lastSeenAt: "desc" },
      select: { id: true, createdAt: true, lastSeenAt: true },
    }),
  ]);
  return {
    name: user.name,
    language: user.language,
    companyAdmin: user.companyAdmin,
    mail: {
      mailRmaStatus: user.mailRmaStatus,
      mailWarrantyStatus: user.mailWarrantyStatus,
      mailInvoiceReminders: user.mailInvoiceReminders,
    },
    twoFactorOn: user.totpSecret !== null,
    sessions: sessions.map((s) => ({
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      current: s.id === currentSessionId,
    })),
  };
}
