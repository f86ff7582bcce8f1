import "server-only";
import type { TEntityHandler } from "../batch";
import type { TCustomerRow } from "../schema";
import { selectForUpdate, splitOutcomes, upsertRecords } from "../upsert-sql";

// Customers by ERP number. Fields the ERP leaves out keep their stored value (carrier and
// language are also staff settings), or get the portal's default for a new customer.
type TStored = {
  erpNumber: string;
  language: string;
  carrier: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  email: string | null;
  active: boolean;
};
const DEFAULTS = {
  language: "nl",
  carrier: "PARCEL_SERVICE",
  street: "",
  postalCode: "",
  city: "",
  country: "NL",
  email: null,
  active: true,
};

export const customersHandler: TEntityHandler<TCustomerRow> = {
  keyOf: (raw) => raw.erpNumber,
  async apply(tx, rows) {
    const stored = await selectForUpdate<TStored>(
      tx,
      "Customer",
      "erpNumber",
      rows.map((r) => r.key),
      ["erpNumber", "language", "carrier", "street", "postalCode", "city", "country", "email", "active"],
    );
    const byNumber = new Map(stored.map((s) => [s.erpNumber, s]));
    const records = rows.map(({ row }) => {
      const base = byNumber.get(row.erpNumber) ?? DEFAULTS;
      const pick = <K extends keyof typeof DEFAULTS>(k: K) => (row[k] === undefined ? base[k] : row[k]);
      return {
        erpNumber: row.erpNumber,
        name: row.name,
        language: pick("language"),
        carrier: pick("carrier"),
        street: pick("street"),
        postalCode: pick("postalCode"),
        city: pick("city"),
        country: pick("country"),
        email: pick("email"),
        active: pick("active"),
      };
    });
    const written = await upsertRecords(
      tx,
      {
        table: "Customer",
        key: "erpNumber",
        columns: {
          erpNumber: "text",
          name: "text",
          language: '"Language"',
          carrier: '"Carrier"',
          street: "text",
          postalCode: "text",
          city: "text",
          country: "text",
          email: "text",
          active: "boolean",
        },
      },
      records,
    );
    return { ...splitOutcomes(written), rejected: [] };
  },
};
