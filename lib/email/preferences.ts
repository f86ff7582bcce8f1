import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

// The mails a user may turn off on their account page, by template. Invitations, password
// resets and the confirmations of the user's own requests are always sent. "invoice-reminder"
// is the reminder template's name when it comes; until then the choice is only stored.
type TMailPreference = "mailRmaStatus" | "mailWarrantyStatus" | "mailInvoiceReminders";

export const MAIL_PREFERENCE_OF_TEMPLATE: Readonly<Record<string, TMailPreference>> = {
  "rma-status": "mailRmaStatus",
  "warranty-status": "mailWarrantyStatus",
  "invoice-reminder": "mailInvoiceReminders",
};

/** The addresses that still get this template: users who turned it off are left out; other addresses stay. */
export async function recipientsWanting(
  tx: Prisma.TransactionClient,
  template: string,
  to: string[],
): Promise<string[]> {
  const preference = Object.hasOwn(MAIL_PREFERENCE_OF_TEMPLATE, template)
    ? MAIL_PREFERENCE_OF_TEMPLATE[template]
    : undefined;
  if (!preference || to.length === 0) return to;
  const declined = await tx.user.findMany({
    where: { email: { in: to.map((a) => a.toLowerCase()) }, [preference]: false },
    select: { email: true },
  });
  const out = new Set(declined.map((u) => u.email));
  return to.filter((address) => !out.has(address.toLowerCase()));
}
