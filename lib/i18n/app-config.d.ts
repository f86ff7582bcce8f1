import type { TLocale } from "./locales";
import type account from "./messages/nl/account.json";
import type auditTrail from "./messages/nl/auditTrail.json";
import type auth from "./messages/nl/auth.json";
import type common from "./messages/nl/common.json";
import type company from "./messages/nl/company.json";
import type dealerView from "./messages/nl/dealerView.json";
import type desk from "./messages/nl/desk.json";
import type email from "./messages/nl/email.json";
import type erp from "./messages/nl/erp.json";
import type erpWebhooks from "./messages/nl/erpWebhooks.json";
import type errors from "./messages/nl/errors.json";
import type goodsIn from "./messages/nl/goodsIn.json";
import type grid from "./messages/nl/grid.json";
import type home from "./messages/nl/home.json";
import type info from "./messages/nl/info.json";
import type invoices from "./messages/nl/invoices.json";
import type orders from "./messages/nl/orders.json";
import type returns from "./messages/nl/returns.json";
import type rma from "./messages/nl/rma.json";
import type search from "./messages/nl/search.json";
import type staff from "./messages/nl/staff.json";
import type staffSearch from "./messages/nl/staffSearch.json";
import type warranty from "./messages/nl/warranty.json";

// Typed translations: a key that no message has is a compile error. Dutch is the reference
// (messages.unit.test.ts keeps every locale's keys equal to it).
declare module "next-intl" {
  interface AppConfig {
    Locale: TLocale;
    Messages: {
      common: typeof common;
      auth: typeof auth;
      home: typeof home;
      errors: typeof errors;
      grid: typeof grid;
      email: typeof email;
      returns: typeof returns;
      rma: typeof rma;
      warranty: typeof warranty;
      orders: typeof orders;
      invoices: typeof invoices;
      staff: typeof staff;
      erp: typeof erp;
      info: typeof info;
      desk: typeof desk;
      account: typeof account;
      company: typeof company;
      search: typeof search;
      dealerView: typeof dealerView;
      goodsIn: typeof goodsIn;
      auditTrail: typeof auditTrail;
      staffSearch: typeof staffSearch;
      erpWebhooks: typeof erpWebhooks;
    };
  }
}
