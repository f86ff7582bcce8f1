import { hashPassword } from "@/lib/auth/password";
import type { TDb } from "@/lib/db/client";
import { DEFAULT_RETURN_SURCHARGE } from "@/lib/returns/return-surcharge";

export const DEMO_PASSWORD = "Demo!2026";
/** The demo staff account's authenticator secret (README, `npm start`): add it to any TOTP app. */
export const DEMO_STAFF_TOTP_SECRET = "KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD";

export const RETURN_REASONS = [
  {
    code: "DEFECT",
    labelNl: "Defect artikel",
    labelFr: "Article défectueux",
    labelEn: "Defective item",
    labelDe: "Defekter Artikel",
  },
  {
    code: "WRONG_ORDERED",
    labelNl: "Verkeerd besteld",
    labelFr: "Erreur de commande",
    labelEn: "Ordered by mistake",
    labelDe: "Falsch bestellt",
  },
  {
    code: "WRONG_DELIVERED",
    labelNl: "Verkeerd geleverd",
    labelFr: "Erreur de livraison",
    labelEn: "Wrong item delivered",
    labelDe: "Falsch geliefert",
  },
  {
    code: "TRANSPORT_DAMAGE",
    labelNl: "Transportschade",
    labelFr: "Dommage de transport",
    labelEn: "Damaged in transport",
    labelDe: "Transportschaden",
    // The confirmation asks for photos of a damaged parcel (staff can set this per reason).
    asksForEvidence: true,
  },
  {
    code: "NOT_NEEDED",
    labelNl: "Niet meer nodig",
    labelFr: "Plus nécessaire",
    labelEn: "No longer needed",
    labelDe: "Nicht mehr benötigt",
  },
];

export const PORTAL_SETTINGS = {
  returnSurcharge: DEFAULT_RETURN_SURCHARGE,
  termsUrl: "/terms",
  warrantyManualUrl: "/warranty-manual",
  returnAddress: "Turbo Distributie B.V. · Retouren · Industrieweg 12 · 3044 AS Rotterdam · Nederland",
};

// Settings, return reasons, the two demo companies and the four demo accounts.
export async function seedBase(db: TDb) {
  await db.portalSettings.upsert({ where: { id: 1 }, update: {}, create: { id: 1, ...PORTAL_SETTINGS } });
  for (const [index, reason] of RETURN_REASONS.entries()) {
    await db.returnReason.upsert({
      where: { code: reason.code },
      update: {},
      create: { ...reason, sortOrder: index },
    });
  }
  const dupont = await db.customer.create({
    data: {
      erpNumber: "10001",
      name: "Garage Dupont",
      language: "nl",
      carrier: "NIGHT_CARRIER",
      street: "Havenstraat 14",
      postalCode: "3011 AB",
      city: "Rotterdam",
      country: "NL",
      email: "info@garage-dupont.test",
    },
  });
  const other = await db.customer.create({
    data: {
      erpNumber: "10002",
      name: "Autoparts Lefèvre",
      language: "fr",
      carrier: "PARCEL_SERVICE",
      street: "Rue de la Gare 3",
      postalCode: "1000",
      city: "Bruxelles",
      country: "BE",
    },
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const dealer = await db.user.create({
    data: {
      email: "dealer@demo.test",
      name: "Jan Dupont",
      customerId: dupont.id,
      passwordHash,
      language: "nl",
      companyAdmin: true,
    },
  });
  const dealer2 = await db.user.create({
    data: {
      email: "dealer2@demo.test",
      name: "Marie Dupont",
      customerId: dupont.id,
      passwordHash,
      language: "nl",
    },
  });
  const otherUser = await db.user.create({
    data: {
      email: "other@demo.test",
      name: "Luc Lefèvre",
      customerId: other.id,
      passwordHash,
      language: "fr",
      companyAdmin: true,
    },
  });
  const staff = await db.user.create({
    data: {
      email: "staff@demo.test",
      name: "Sanne de Vries",
      role: "STAFF",
      passwordHash,
      language: "nl",
      totpSecret: DEMO_STAFF_TOTP_SECRET,
    },
  });
  return { dupont, other, dealer, dealer2, otherUser, staff };
}
export type TSeedBase = Awaited<ReturnType<typeof seedBase>>;
