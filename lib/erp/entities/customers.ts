import "server-only";
import type { TEntityHandler } from "../batch";
import { mergeOptional } from "../merge";
import type { TCustomerRow } from "../schema";
import { selectForUpdate, upsertRecords } from "../upsert-sql";

// Customers by ERP number. Fields the ERP leaves out keep their stored value (carrier and
// language are also staff settings), or get the portal's default for a new customer; null
// sets the default (the merge rule of every entity, merge.ts).
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
  email: null as string | null,
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
    const records = rows.map(({ row }) => ({
      erpNumber: row.erpNumber,
      name: row.name,
      ...mergeOptional(row, byNumber.get(row.erpNumber), DEFAULTS),
    }));
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
    return { ...written, rejected: [] };
  },
};
