import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { assertStaff, isUniqueViolation, snapshot, type TStaffContext, writeStaffAudit } from "../context";
import type { TCreateCustomer, TCustomerSettings } from "./schema";

const erpTaken = () =>
  new AppError(
    "CONFLICT",
    "staff.customers.erpNumberTaken",
    {},
    { erpNumber: ["staff.customers.erpNumberTaken"] },
  );

/** A new dealer company; its ERP number is unique. */
export async function createCustomer(
  ctx: TStaffContext,
  input: TCreateCustomer,
): Promise<{ customerId: number }> {
  assertStaff(ctx);
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.customer.findUnique({ where: { erpNumber: input.erpNumber }, select: { id: true } }))
        throw erpTaken();
      const customer = await tx.customer.create({ data: input });
      await writeStaffAudit(tx, ctx, {
        customerId: customer.id,
        action: "customer.create",
        objectType: "Customer",
        objectId: String(customer.id),
        after: snapshot(input),
      });
      return { customerId: customer.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw erpTaken();
    throw error;
  }
}

/** Per-dealer settings: carrier, special-order returns, language. */
export async function updateCustomerSettings(
  ctx: TStaffContext,
  { customerId, ...data }: TCustomerSettings,
): Promise<void> {
  assertStaff(ctx);
  await db.$transaction(async (tx) => {
    const before = await tx.customer.findUnique({
      where: { id: customerId },
      select: { carrier: true, specialOrderReturnsAllowed: true, language: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "errors.notFound");
    await tx.customer.update({ where: { id: customerId }, data });
    await writeStaffAudit(tx, ctx, {
      customerId,
      action: "customer.settings",
      objectType: "Customer",
      objectId: String(customerId),
      before: snapshot(before),
      after: snapshot(data),
    });
  });
}
