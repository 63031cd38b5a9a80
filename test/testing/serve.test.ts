import { describe, expect, it } from "vitest";
import type { OperationMeta } from "../../src/core/shape.js";
import { createKit, json } from "../../src/testing/kit.js";
import { serveOperations, type FakeGuard } from "../../src/testing/serve.js";
import { server, useMsw } from "../msw.js";

useMsw();

const BASE = "https://serve.test";
const operations = {
  open: { method: "POST", path: "/open", auth: false, request: { type: "object", required: ["name"] } },
  item: { method: "POST", path: "/items/{id}", auth: true, request: { type: "object", required: ["name"] } },
} as const satisfies Record<string, OperationMeta>;

/** Serves the two operations with a guard that records what it was asked, in order. */
function serve() {
  const kit = createKit({ errorBody: (_status, code, message) => ({ code, message }) });
  const calls: string[] = [];
  const guard: FakeGuard<keyof typeof operations, string> = {
    authenticate({ request }, operation) {
      calls.push(`authenticate ${operation}`);
      const token = request.headers.get("authorization");
      return token ? token : kit.error(401, "unauthenticated", "no key");
    },
    authorize(_principal, operation, { params }) {
      calls.push(`authorize ${operation} ${params.id}`);
      return params.id === "hidden" ? kit.error(404, "not_found", "not yours") : undefined;
    },
    checkBody({ body }, _shape, operation) {
      calls.push(`checkBody ${operation}`);
      return (body as { name?: string } | undefined)?.name ? undefined : kit.error(400, "invalid", "name is required");
    },
  };
  server.use(
    ...serveOperations({
      kit,
      baseUrl: BASE,
      operations,
      guard,
      resolvers: {
        open: ({ principal }) => json({ principal: principal ?? null }),
        item: ({ principal, params }) => json({ principal, id: params.id }),
      },
    }),
  );
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(BASE + path, { method: "POST", body: JSON.stringify(body), headers });
  return { calls, post };
}

describe("serveOperations", () => {
  it("asks no credential of an operation the table marks auth: false, but still checks its body", async () => {
    const { calls, post } = serve();
    const ok = await post("/open", { name: "a" });
    expect(await ok.json()).toEqual({ principal: null });
    expect((await post("/open", {})).status).toBe(400);
    expect(calls).toEqual(["checkBody open", "checkBody open"]);
  });

  it("runs authenticate, then authorize with the request's params, then the body check, then the resolver", async () => {
    const { calls, post } = serve();
    expect((await post("/items/1", { name: "a" })).status).toBe(401);
    expect((await post("/items/hidden", {}, { authorization: "k" })).status).toBe(404);
    expect((await post("/items/2", {}, { authorization: "k" })).status).toBe(400);
    const ok = await post("/items/3", { name: "a" }, { authorization: "k" });
    expect(await ok.json()).toEqual({ principal: "k", id: "3" });
    expect(calls).toEqual([
      "authenticate item",
      "authenticate item",
      "authorize item hidden",
      "authenticate item",
      "authorize item 2",
      "checkBody item",
      "authenticate item",
      "authorize item 3",
      "checkBody item",
    ]);
  });
});
