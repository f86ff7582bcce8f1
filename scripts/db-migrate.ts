// npm run db:migrate – applies pending SQL migrations to DATABASE_URL or the embedded database
import { db, embeddedPglite } from "@/lib/db/client";
import { migrateCurrentDatabase } from "@/lib/db/run-migrations";

const applied = await migrateCurrentDatabase();
console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database is up to date.");
await db.$disconnect();
await embeddedPglite?.close();
