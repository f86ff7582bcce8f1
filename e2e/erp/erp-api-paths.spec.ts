import { expect, test } from "../fixtures";

// ERP API 1.1 through the real server: every path under /api/erp/ answers JSON problem details,
// never the HTML 404 page or an empty 405 (issue 18, finding 7).
test("unknown paths are a JSON 404 and wrong methods a JSON 405 with Allow", async ({ request }) => {
  for (const path of [
    "/api/erp/v1/nope",
    "/api/erp/v2/customers",
    "/api/erp",
    "/api/erp/v1/customers/extra",
  ]) {
    const answer = await request.get(path);
    expect(answer.status(), path).toBe(404);
    expect(answer.headers()["content-type"], path).toBe("application/problem+json");
    expect(await answer.json(), path).toMatchObject({ status: 404, code: "NOT_FOUND" });
  }
  const wrongMethod = await request.put("/api/erp/v1/customers");
  expect(wrongMethod.status()).toBe(405);
  expect(wrongMethod.headers().allow).toBe("GET, HEAD, POST");
  const noReadBack = await request.get("/api/erp/v1/documents");
  expect([noReadBack.status(), noReadBack.headers().allow]).toEqual([405, "POST"]);
  expect(await wrongMethod.json()).toMatchObject({ status: 405, code: "METHOD_NOT_ALLOWED" });
  const feedPost = await request.post("/api/erp/v1/rmas", { data: {} });
  expect([feedPost.status(), feedPost.headers().allow]).toEqual([405, "GET, HEAD"]);
  const unauthenticated = await request.post("/api/erp/v1/customers", { data: { rows: [] } });
  expect(unauthenticated.status()).toBe(401);
  expect(unauthenticated.headers()["content-type"]).toBe("application/problem+json");
});
