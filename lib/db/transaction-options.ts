// Interactive transactions (db.$transaction(async (tx) => …)): Prisma's defaults (wait 2 s for a
// connection, 5 s in all) abort a correct, short transaction when the machine is busy (seen: a
// line's receipt at 5.9 s on a loaded 2-core machine), and the user gets an error for nothing.
// Locks keep these transactions correct; these bounds only stop one that really hangs.
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;
