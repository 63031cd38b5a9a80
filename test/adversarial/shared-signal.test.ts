/**
 * One AbortSignal shared by many calls (a request-scoped signal in a server, a shutdown signal in a
 * worker). Raw `fetch` handles 200 concurrent users of a signal quietly; so must we: at most one listener
 * per call in flight, none left once calls settle, and no MaxListenersExceededWarning.
 */
import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AbortError, AgentMailClient } from "../../src/agentmail/index.js";
import { outcome, sendJson, useServers, within } from "./server.js";
import { optionsFor, vendors } from "./vendors.js";
import { httpClient } from "../../src/http.js";

const { http } = useServers();
const warnings: Error[] = [];
const onWarning = (warning: Error) => warnings.push(warning);
beforeEach(() => {
  warnings.length = 0;
  process.on("warning", onWarning);
});
afterEach(() => void process.off("warning", onWarning));

/** Lets the process emit warnings queued by the calls (they are emitted on a later tick). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe.each(vendors)("$name: a signal shared by many calls", (vendor) => {
  it("200 concurrent calls: no more listeners than calls in flight, none after, no warning", async () => {
    const held: Array<() => void> = [];
    const api = await http((_, response) => void held.push(() => sendJson(response, 200, vendor.readBody)));
    const controller = new AbortController();
    const calls = Array.from({ length: 200 }, () => vendor.read(optionsFor(vendor, api.origin), { signal: controller.signal }));
    await within(
      10_000,
      (async () => {
        while (held.length < 200) await new Promise((resolve) => setTimeout(resolve, 10));
      })(),
      "200 requests arriving",
    );
    expect(getEventListeners(controller.signal, "abort").length).toBeLessThanOrEqual(200);
    for (const answer of held) answer();
    await within(10_000, Promise.all(calls));
    await settle();
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    expect(warnings.filter((warning) => warning.name === "MaxListenersExceededWarning")).toEqual([]);
  }, 20_000);

  it("300 sequential calls with retries leave no listener behind", async () => {
    let n = 0;
    const api = await http((_, response) => {
      n += 1;
      if (n % 2 === 1) return sendJson(response, 429, { message: "again", error: "again" }, { "retry-after": "0" });
      sendJson(response, 200, vendor.readBody);
    });
    const controller = new AbortController();
    for (let i = 0; i < 300; i++) await vendor.read(optionsFor(vendor, api.origin, { maxRetries: 1 }), { signal: controller.signal });
    await settle();
    expect(api.requests).toHaveLength(600);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    expect(warnings.filter((warning) => warning.name === "MaxListenersExceededWarning")).toEqual([]);
  }, 30_000);

  it("aborting the shared signal ends every call in flight with AbortError", async () => {
    const api = await http(() => {});
    const controller = new AbortController();
    const calls = Array.from({ length: 50 }, () => outcome(vendor.read(optionsFor(vendor, api.origin), { signal: controller.signal })));
    await within(
      5_000,
      (async () => {
        while (api.requests.length < 50) await new Promise((resolve) => setTimeout(resolve, 10));
      })(),
    );
    controller.abort();
    const errors = await within(2_000, Promise.all(calls));
    expect(errors.every((error) => error instanceof AbortError)).toBe(true);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  }, 10_000);
});

describe("http (openapi-fetch) with a shared signal", () => {
  it("300 sequential http calls leave no listener on the caller's signal", async () => {
    const api = await http((_, response) => sendJson(response, 200, { count: 0, api_keys: [] }));
    const client = new AgentMailClient({ apiKey: "am_live_AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHH", baseUrl: api.origin });
    const controller = new AbortController();
    for (let i = 0; i < 300; i++) await httpClient(client).GET("/v0/api-keys", { signal: controller.signal });
    await settle();
    expect(api.requests).toHaveLength(300);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  }, 30_000);
});
