import type { TGridState } from "@/lib/grid/types";

/**
 * The whole list under the state's filter and sort as one page: what the CSV's keyset batches must
 * equal, read the way a grid page is read (the grids have no "every row" mode of their own).
 */
export const wholeList = (state: TGridState): TGridState => ({ ...state, page: 1, pageSize: 1_000_000 });

/** Every row of a batched read, and each batch's size (tests of the CSV exports' keyset batches). */
export async function collectBatches<T>(
  batches: AsyncIterable<T[]>,
): Promise<{ rows: T[]; sizes: number[] }> {
  const rows: T[] = [];
  const sizes: number[] = [];
  for await (const batch of batches) {
    rows.push(...batch);
    sizes.push(batch.length);
  }
  return { rows, sizes };
}
