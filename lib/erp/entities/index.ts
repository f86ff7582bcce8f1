import "server-only";
import type { TEntityHandler } from "../batch";
import type { TErpEntity } from "../schema";
import { customersHandler } from "./customers";
import { deliveredLinesHandler } from "./delivered-lines";
import { documentsHandler } from "./documents";
import { invoicesHandler } from "./invoices";
import { openLinesHandler } from "./open-lines";
import { paymentsHandler } from "./payments";

export const ENTITY_HANDLERS: Record<TErpEntity, TEntityHandler<never>> = {
  customers: customersHandler as TEntityHandler<never>,
  "delivered-lines": deliveredLinesHandler as TEntityHandler<never>,
  "open-lines": openLinesHandler as TEntityHandler<never>,
  invoices: invoicesHandler as TEntityHandler<never>,
  payments: paymentsHandler as TEntityHandler<never>,
  documents: documentsHandler as TEntityHandler<never>,
};
