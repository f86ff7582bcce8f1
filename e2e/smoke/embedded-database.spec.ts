import { expect, signInAs, test } from "../fixtures";

// The embedded (PGlite) path that `npm start` uses: health, login and the home tiles.
test("the portal runs on the embedded database with the demo data", async ({ page, request }) => {
  const health = await request.get("/api/health");
  expect(await health.json()).toMatchObject({ status: "ok", database: "up" });
  await signInAs(page, "dealer@demo.test");
  await expect(page.getByTestId(/^tile-/)).toHaveCount(6);
  await expect(page.getByTestId("tile-returns-new")).toContainText(/\d+ regels te retourneren/);
});
