import "server-only";
import { UTApi, UTFile } from "uploadthing/server";
import type { TAttachmentStore } from "./store";

// The UploadThing store: files are uploaded with our key as their customId, read back through
// a signed (private) URL and deleted by customId. URLs other than UploadThing's own come from
// the options or UploadThing's environment (UPLOADTHING_API_URL, UPLOADTHING_INGEST_URL,
// UPLOADTHING_UFS_HOST, UPLOADTHING_UFS_APP_ID_LOCATION).
export type TUploadThingOptions = {
  token: string;
  apiUrl?: string;
  ingestUrl?: string;
  ufsHost?: string;
  ufsAppIdLocation?: "subdomain" | "path";
};

export function createUploadThingStore(options: TUploadThingOptions): TAttachmentStore {
  const api = new UTApi({ ...options, logLevel: "Error" });
  return {
    async put(key, bytes, contentType) {
      const file = new UTFile([bytes as Uint8Array<ArrayBuffer>], key, { type: contentType, customId: key });
      const result = await api.uploadFiles(file, { acl: "private", contentDisposition: "attachment" });
      if (result.error)
        throw new Error(`UploadThing upload failed: ${result.error.code} ${result.error.message}`);
    },
    async get(key) {
      const { ufsUrl } = await api.generateSignedURL(key, { expiresIn: 60 });
      const response = await fetch(ufsUrl, { cache: "no-store" });
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`UploadThing download failed: ${response.status}`);
      return Buffer.from(await response.arrayBuffer());
    },
    async delete(key) {
      await api.deleteFiles(key, { keyType: "customId" });
    },
  };
}
