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
