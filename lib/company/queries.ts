import "server-only";
import { notFound } from "next/navigation";
import { requireDealer, type TDealer } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

/** The signed-in dealer when they are their company's active admin; anyone else gets a 404. */
export async function requireCompanyAdmin(): Promise<TDealer> {
  const dealer = await requireDealer();
  if (!(await isCompanyAdmin(dealer))) notFound();
  return dealer;
}

export async function isCompanyAdmin(dealer: TDealer): Promise<boolean> {
  const row = await db.user.findFirst({
    where: { id: dealer.userId, customerId: dealer.customerId, active: true, companyAdmin: true },
    select: { id: true },
  });
  return row !== null;
}

/** The company's portal users, as the admin's page lists them (the tenant in the query). */
export async function listCompanyUsers(customerId: number) {
  const users = await db.user.findMany({
    where: { customerId, role: "DEALER" },
    orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      language: true,
      active: true,
      companyAdmin: true,
      passwordHash: true,
      lastLoginAt: true,
    },
  });
  return users.map(({ passwordHash, ...u }) => ({ ...u, passwordSet: passwordHash !== null }));
}
