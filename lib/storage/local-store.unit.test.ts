import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createLocalStore, newStorageKey } from "./store";

const dir = await mkdtemp(path.join(tmpdir(), "uploads-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("local attachment store", () => {
  const store = createLocalStore(dir);

  it("stores, reads back byte-identical and deletes under a generated key", async () => {
    const key = newStorageKey();
    const bytes = Buffer.from([0, 1, 2, 255, 254]);
    await store.put(key, bytes, "application/pdf");
    expect(await readdir(dir)).toEqual([key]);
    expect((await store.get(key))!.equals(bytes)).toBe(true);
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it("refuses keys that are not generated ones, so no path leaves the folder", async () => {
    for (const key of ["../../etc/passwd", "a/../../b", "/etc/passwd", "..", "passwd.png", ""]) {
      await expect(store.put(key, Buffer.from("x"), "image/png")).rejects.toThrow("Invalid storage key");
      await expect(store.get(key)).rejects.toThrow("Invalid storage key");
    }
  });
});
