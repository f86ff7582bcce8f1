// Lets the benches load the portal's server modules outside Next.js: "server-only" (which
// throws outside a server build) is stood in for by an empty module, as the tests do
// (tests/empty-module.ts). Import this before any portal module.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const serverOnly = require.resolve("server-only");
require.cache[serverOnly] = {
  id: serverOnly,
  filename: serverOnly,
  loaded: true,
  exports: {},
} as NodeJS.Module;
