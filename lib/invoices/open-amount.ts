// The money of an unpaid invoice: open amount = amount − payments. Amounts are decimal strings
// ("1165.00", "-20.50") computed in integer cents, so no float ever touches a cent. The SQL in
// unpaid-sql.ts applies the same rule in the database; tests keep the two in step. Overdue and the
// age buckets are decided in the database only (overdue.ts).

export type TAgeBucket = "notDue" | "days1to30" | "days31to60" | "days61to90" | "over90";
export const AGE_BUCKETS: readonly TAgeBucket[] = [
  "notDue",
  "days1to30",
  "days31to60",
  "days61to90",
  "over90",
];

/** "1.165,5" is not accepted: input is the database's decimal text ("-1165.50"). */
export function toCents(value: { toString(): string } | string): bigint {
  const match = /^(-)?(\d+)(?:\.(\d{1,2})\d*)?$/.exec(value.toString().trim());
  if (!match) throw new Error(`Not a decimal amount: ${value.toString()}`);
  const [, sign, whole, fraction = ""] = match;
  const cents = BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, "0"));
  return sign ? -cents : cents;
}

export function fromCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return `${negative ? "-" : ""}${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`;
}

export function sumAmounts(amounts: readonly ({ toString(): string } | string)[]): string {
  return fromCents(amounts.reduce<bigint>((sum, amount) => sum + toCents(amount), 0n));
}

/** Invoice (or credit note, negative) amount minus its payments; negative when overpaid. */
export function openAmount(
  amount: { toString(): string } | string,
  payments: readonly ({ toString(): string } | string)[],
): string {
  return fromCents(toCents(amount) - toCents(sumAmounts(payments)));
}

/**
 * Listed on the unpaid page: something left open (either sign) and not settled, or settled by an
 * overpayment (open of the other sign than the amount: the dealer's credit balance).
 */
export function isListedUnpaid(open: string, settled: boolean, amount?: string): boolean {
  const cents = toCents(open);
  if (cents === 0n) return false;
  if (!settled) return true;
  return amount !== undefined && cents < 0n !== toCents(amount) < 0n;
}
