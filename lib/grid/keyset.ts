// Keyset reads for a grid's every row (the CSV): the condition "after this row" in the grid's own
// sort (toPrismaOrderBy: flat { field: "asc" | "desc" } entries ending with a unique tie-breaker),
// so each batch starts where the last one ended without re-reading or skipping rows.
type TOrderBy = Record<string, unknown>;

/** Where-input of the rows after `last` in `orderBy`: (a > x) OR (a = x AND b > y) … by direction. */
export function keysetAfter<T = Record<string, unknown>>(
  orderBy: TOrderBy[],
  last: Record<string, unknown>,
): T {
  const keys = orderBy.map((entry) => {
    const [field, dir] = Object.entries(entry)[0] ?? [];
    if (typeof field !== "string" || (dir !== "asc" && dir !== "desc") || !(field in last))
      throw new Error(`keysetAfter: unsupported sort ${JSON.stringify(entry)}`);
    return { field, op: dir === "asc" ? "gt" : "lt" };
  });
  return {
    OR: keys.map(({ field, op }, i) => ({
      AND: [
        ...keys.slice(0, i).map((before) => ({ [before.field]: last[before.field] })),
        { [field]: { [op]: last[field] } },
      ],
    })),
  } as T;
}
