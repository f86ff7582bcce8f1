// npm run db:seed – loads the demo data (DESIGN.md's accounts) into an empty database
import { db, embeddedPglite } from "@/lib/db/client";
import { seedDemo } from "@/prisma/seed";

const seeded = await seedDemo(db);
console.log(seeded ? "Demo data loaded." : "The database already holds data: nothing seeded.");
await db.$disconnect();
await embeddedPglite?.close();
