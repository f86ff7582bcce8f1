// The fee per return shipment (SPEC §2.2): € 2,50 until staff set another amount in the portal
// settings. schema.prisma's @default and the init migration hold the same figure for a settings
// row written without one; return-surcharge.test.ts checks that they agree with this constant.
export const DEFAULT_RETURN_SURCHARGE = "2.50";

/** The surcharge in force, as a 2-decimal string: the settings row's, or the default without one. */
export function returnSurchargeOf(
  settings: { returnSurcharge: { toFixed(digits: number): string } } | null | undefined,
): string {
  return settings?.returnSurcharge.toFixed(2) ?? DEFAULT_RETURN_SURCHARGE;
}
