import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { createUploadThingStore } from "./uploadthing-store";

// Where attachments live: a local folder (outside public/) on a single machine, UploadThing
// when UPLOADTHING_TOKEN is set. Keys are made here, never taken from a file name.
export type TAttachmentStore = {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
};

const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{7,63}$/;

/** A fresh storage key (a uuid): the only kind of key the stores accept. */
export function newStorageKey(): string {
  return randomUUID();
}

// Note: only generated keys are accepted, so a key can never point outside the folder.
export function assertStorageKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw new Error("Invalid storage key");
}

export function createLocalStore(directory: string): TAttachmentStore {
  const root = path.resolve(directory);
  const fileOf = (key: string) => {
    assertStorageKey(key);
    return path.join(root, key);
  };
  return {
    async put(key, bytes) {
      const target = fileOf(key);
      await mkdir(root, { recursive: true });
      const partial = `${target}.${randomUUID()}.part`;
      await writeFile(partial, bytes, { flag: "wx" });
      await rename(partial, target);
    },
    async get(key) {
      try {
        return await readFile(fileOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}

/** The store this process uses, from the environment (read at call time, so tests can point it elsewhere). */
export function getAttachmentStore(): TAttachmentStore {
  if (env.UPLOADTHING_TOKEN) return createUploadThingStore({ token: env.UPLOADTHING_TOKEN });
  return createLocalStore(env.UPLOAD_DIR);
}
