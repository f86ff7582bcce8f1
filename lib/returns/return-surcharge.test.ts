import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getPortalSettings } from "@/lib/staff/settings/queries";
import { PORTAL_SETTINGS } from "@/prisma/seed/base";
import { DEFAULT_RETURN_SURCHARGE, returnSurchargeOf } from "./return-surcharge";

// One default surcharge: the database's column default, the settings read without a row, the
// confirmation page and the demo seed all say DEFAULT_RETURN_SURCHARGE.
it("is one default: the database, no settings row and the seed agree; a staff amount wins", async () => {
  expect(await getPortalSettings()).toMatchObject({ returnSurcharge: DEFAULT_RETURN_SURCHARGE });
  expect(returnSurchargeOf(null)).toBe(DEFAULT_RETURN_SURCHARGE);
  expect(PORTAL_SETTINGS.returnSurcharge).toBe(DEFAULT_RETURN_SURCHARGE);

  await db.$executeRaw`INSERT INTO "PortalSettings" ("id", "updatedAt") VALUES (1, now())`;
  const row = await db.portalSettings.findUniqueOrThrow({ where: { id: 1 } });
  expect(row.returnSurcharge.toFixed(2)).toBe(DEFAULT_RETURN_SURCHARGE);

  await db.portalSettings.update({ where: { id: 1 }, data: { returnSurcharge: "3.75" } });
  expect((await getPortalSettings()).returnSurcharge).toBe("3.75");
  expect(returnSurchargeOf(await db.portalSettings.findUnique({ where: { id: 1 } }))).toBe("3.75");
});
