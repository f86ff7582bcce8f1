import { createRandom } from "@/prisma/seed/random";
import { BIG, benchErpNumber, LOAD_DEALERS, TYPICAL } from "./accounts";

// How much of everything each dealer of the generated distributor gets, decided in JS from the
// seed (3,000 small rows); the rows themselves are generated inside the database (fill.ts).
// Customer k has id k and its one user has id k; the staff user comes after the dealers.
export type TDealerPlan = {
  k: number;
  erp: string;
  name: string;
  language: "nl" | "fr" | "en" | "de";
  carrier: "NIGHT_CARRIER" | "PARCEL_SERVICE" | "OWN_TRANSPORT";
  special: boolean;
  street: string;
  postal: string;
  city: string;
  country: string;
  email: string;
  user_email: string;
  user_name: string;
  n_open: number;
  n_paid: number;
  n_unpaid: number;
};
/** Delivered lines of one dealer, spread evenly over [day_from, day_to] days ago (j = 1 newest). */
export type TSegment = { customer_id: number; seg: number; n: number; day_from: number; day_to: number };
export type TBenchPlan = {
  dealers: TDealerPlan[];
  segments: TSegment[];
  staffUserId: number;
  rmas: number;
  claims: number;
  deliveredLines: number;
};

const FIRST = [
  "Garage",
  "Autobedrijf",
  "Autoservice",
  "Turbo Service",
  "Garage",
  "Carrosserie",
  "Truck Service",
  "Auto Parts",
  "Bandenservice",
  "Motorrevisie",
];
const NAMES = [
  "Janssen",
  "de Vries",
  "Peeters",
  "Bakker",
  "Maes",
  "Visser",
  "Jacobs",
  "Smit",
  "Mertens",
  "Meijer",
  "Dubois",
  "Lambert",
  "Müller",
  "Schmidt",
  "Willems",
  "Claes",
  "van Dijk",
  "Mulder",
  "Lefèvre",
  "Martin",
];
const CITIES: Record<string, string[]> = {
  NL: ["Rotterdam", "Utrecht", "Eindhoven", "Zwolle", "Breda", "Groningen", "Tilburg", "Arnhem"],
  BE: ["Antwerpen", "Gent", "Brussel", "Liège", "Namur", "Hasselt", "Brugge", "Charleroi"],
  FR: ["Lille", "Reims", "Metz", "Amiens"],
  DE: ["Köln", "Aachen", "Düsseldorf", "Essen", "Münster"],
  GB: ["Dover", "Ipswich"],
};

/** Splits `total` over the weights (largest remainders), every share at least `min`. */
function apportion(total: number, weights: number[], min = 0): number[] {
  const free = Math.max(0, total - min * weights.length);
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const exact = weights.map((w) => (free * w) / sum);
  const shares = exact.map((x) => Math.floor(x));
  let left = free - shares.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    shares[i]!++;
  }
  return shares.map((s) => s + min);
}

export function buildPlan(scale: number, seed: number): TBenchPlan {
  const random = createRandom(seed);
  const at = (full: number, min: number) => Math.max(min, Math.round(full * scale));
  // Note: fewer dealers at small scales, but never fewer than the contract's accounts plus ordinary ones.
  const dealerCount = Math.max(60, Math.round(3000 * (scale < 1 ? Math.sqrt(scale) : scale)));
  const totalLines = at(2_000_000, 1);
  const bigRecent = at(60_000, 60);
  const bigOlder = at(60_000, 60);
  const perTypical = at(2_100, 12);
  const ordinary = dealerCount - 2 - LOAD_DEALERS.length;
  const activity = Array.from({ length: ordinary }, () => 0.2 + 2.5 * random.next() ** 3);
  const ordinaryLines = apportion(
    totalLines - bigRecent - bigOlder - perTypical * (1 + LOAD_DEALERS.length),
    activity,
    3,
  );
  const ordinaryOpen = apportion(
    at(50_000, 100) - at(10_000, 20) - at(36, 5) - at(30, 4) * LOAD_DEALERS.length,
    activity,
    0,
  );
  const ordinaryInvoices = apportion(
    at(174_000, 200) - at(10_000, 40) - at(100, 10) * (1 + LOAD_DEALERS.length),
    activity,
    1,
  );

  const dealers: TDealerPlan[] = [];
  const segments: TSegment[] = [];
  for (let k = 1; k <= dealerCount; k++) {
    const o = k - 3 - LOAD_DEALERS.length; // index among the ordinary dealers
    const language =
      k <= 2 ? "nl" : random.pick(["nl", "nl", "nl", "nl", "nl", "fr", "fr", "fr", "de", "en"] as const);
    const country =
      language === "nl"
        ? random.chance(0.7)
          ? "NL"
          : "BE"
        : language === "fr"
          ? random.chance(0.6)
            ? "BE"
            : "FR"
          : language === "de"
            ? "DE"
            : "GB";
    const surname = random.pick(NAMES);
    let name = `${random.pick(FIRST)} ${surname}`;
    let email = `dealer${String(k).padStart(4, "0")}@bench.test`;
    let nOpen: number;
    let nInvoices: number;
    let nUnpaid: number;
    if (k === 1) {
      name = "Turbo Centrum Groot B.V.";
      email = BIG.email;
      segments.push(
        { customer_id: k, seg: 1, n: bigRecent, day_from: 1, day_to: 364 },
        { customer_id: k, seg: 2, n: bigOlder, day_from: 370, day_to: 1094 },
      );
      nOpen = at(10_000, 20);
      nInvoices = at(10_000, 40);
      nUnpaid = at(2_000, 20);
    } else if (k === 2) {
      name = "Garage Typisch";
      email = TYPICAL.email;
      segments.push({ customer_id: k, seg: 1, n: perTypical, day_from: 1, day_to: 1094 });
      nOpen = at(36, 5);
      nInvoices = at(100, 10);
      nUnpaid = at(30, 4);
    } else if (o < 0) {
      const load = LOAD_DEALERS[k - 3]!;
      name = `Load Garage ${String(k - 2).padStart(3, "0")}`;
      email = load.email;
      segments.push({ customer_id: k, seg: 1, n: perTypical, day_from: 1, day_to: 1094 });
      nOpen = at(30, 4);
      nInvoices = at(100, 10);
      nUnpaid = at(25, 3);
    } else {
      segments.push({ customer_id: k, seg: 1, n: ordinaryLines[o]!, day_from: 1, day_to: 1094 });
      nOpen = ordinaryOpen[o]!;
      nInvoices = ordinaryInvoices[o]!;
      // Most dealers pay on time: a few open invoices, some none at all.
      nUnpaid = random.chance(0.25)
        ? 0
        : Math.min(nInvoices, Math.round(nInvoices * (0.03 + 0.12 * random.next())));
    }
    const city = random.pick(CITIES[country]!);
    dealers.push({
      k,
      erp: benchErpNumber(k),
      name,
      language,
      carrier:
        k === 1
          ? "NIGHT_CARRIER"
          : random.pick(["NIGHT_CARRIER", "PARCEL_SERVICE", "PARCEL_SERVICE", "OWN_TRANSPORT"] as const),
      special: k !== 1 && random.chance(0.1),
      street: `${random.pick(["Industrieweg", "Havenstraat", "Rue de la Gare", "Hauptstraße", "Kerkstraat"])} ${random.int(1, 180)}`,
      postal: String(random.int(1000, 9999)),
      city,
      country,
      email: `info@${email.split("@")[0]}.bench.test`,
      user_email: email,
      user_name: `${random.pick(["Jan", "Marie", "Luc", "Anke", "Pieter", "Sophie", "Jürgen", "Els"])} ${surname}`,
      n_open: nOpen,
      n_paid: nInvoices - nUnpaid,
      n_unpaid: nUnpaid,
    });
  }
  return {
    dealers,
    segments,
    staffUserId: dealerCount + 1,
    rmas: at(40_000, 20),
    claims: at(10_000, 10),
    deliveredLines: segments.reduce((sum, s) => sum + s.n, 0),
  };
}
