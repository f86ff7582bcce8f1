import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { toPrismaOrderBy, toPrismaWhere } from "@/lib/grid/filters";
import { keysetQueryBatches, mapBatches } from "@/lib/grid/keyset";
import { toSkipTake } from "@/lib/grid/params";
import type { TGridState } from "@/lib/grid/types";
import { CSV_MAX_ROWS, columnSpecs, idLabel, labelled, type TColumnId, type TLabel } from "../grid";

const CUSTOMER_COLUMNS = columnSpecs([
  { id: "erpNumber", type: "text" },
  { id: "name", type: "text" },
  { id: "city", type: "text" },
  { id: "userCount", type: "number", sortable: false, filterable: false, align: "right" },
  { id: "active", type: "flag" },
]);
export const customerColumns = (label: TLabel<TColumnId<typeof CUSTOMER_COLUMNS>> = idLabel) =>
  labelled(CUSTOMER_COLUMNS, label);

const CUSTOMER_SELECT = {
  id: true,
  erpNumber: true,
  name: true,
  city: true,
  active: true,
  _count: { select: { users: true } },
} satisfies Prisma.CustomerSelect;
type TCustomer = Prisma.CustomerGetPayload<{ select: typeof CUSTOMER_SELECT }>;

const customersWhere = (state: TGridState) =>
  toPrismaWhere<Prisma.CustomerWhereInput>(customerColumns(), state.filters);
const customersOrderBy = (state: TGridState) =>
  toPrismaOrderBy<Prisma.CustomerOrderByWithRelationInput>(
    state.sort ?? { id: "name", dir: "asc" },
    {},
    {
      id: "asc",
    },
  );
const toRow = ({ _count, ...c }: TCustomer) => ({ ...c, userCount: _count.users });

/** Customers by ERP number or name (column search), paged. */
export async function listCustomers(state: TGridState) {
  const where = customersWhere(state);
  const [rows, total] = await Promise.all([
    db.customer.findMany({
      where,
      orderBy: customersOrderBy(state),
      ...toSkipTake(state),
      select: CUSTOMER_SELECT,
    }),
    db.customer.count({ where }),
  ]);
  return { rows: rows.map(toRow), total };
}

/** The same customers, every page (capped), in keyset batches: the CSV. */
export function customerBatches(state: TGridState, batchSize?: number) {
  const where = customersWhere(state);
  const orderBy = customersOrderBy(state);
  const customers = keysetQueryBatches(
    { where, orderBy },
    (where, take) => db.customer.findMany({ where, orderBy, take, select: CUSTOMER_SELECT }),
    { batchSize, limit: CSV_MAX_ROWS },
  );
  return mapBatches(customers, toRow);
}

export async function getCustomerForStaff(customerId: number) {
  const customer = await db.customer.findUnique({
    where: { id: customerId },
    select: {
      id: true,
      erpNumber: true,
      name: true,
      language: true,
      carrier: true,
      specialOrderReturnsAllowed: true,
      street: true,
      postalCode: true,
      city: true,
      country: true,
      active: true,
      users: {
        orderBy: { name: "asc" },
        select: {
          id: true,
          email: true,
          name: true,
          language: true,
          active: true,
          companyAdmin: true,
          lastLoginAt: true,
          passwordHash: true,
        },
      },
    },
  });
  return (
    customer && {
      ...customer,
      users: customer.users.map(({ passwordHash, ...u }) => ({ ...u, passwordSet: passwordHash !== null })),
    }
  );
}

export async function listCustomerOptions() {
  return db.customer.findMany({
    orderBy: { name: "asc" },
    select: { id: true, erpNumber: true, name: true },
  });
}
