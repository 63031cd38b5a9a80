/**
 * Pagination a server can turn into an endless loop: a `next_page_token` that repeats (at once or in a
 * cycle), a Communal `current_page` that never advances or goes back. `listAll()` must stop with a clear
 * error after a bounded number of requests, and still walk honest pages to the end.
 */
import { describe, expect, it } from "vitest";
import { AgentMailClient, VendorAuthError } from "../../src/agentmail/index.js";
import { CommunalClient } from "../../src/communal/index.js";
import { outcome, sendJson, useServers, within } from "./server.js";

const { http } = useServers();
const AM = "am_live_AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHH";
/** More pages than any test needs: hitting it means the loop did not stop on its own. */
const CAP = 50;

const key = (id: string) => ({ api_key_id: id, prefix: "am_x", name: id, created_at: "2020-01-01T00:00:00Z" });

/** Drains `items`, giving up (with an error of its own) after CAP items. */
async function drain(items: AsyncIterable<unknown>): Promise<unknown[]> {
  const seen: unknown[] = [];
  for await (const item of items) {
    seen.push(item);
    if (seen.length >= CAP) throw new Error("listAll() did not stop");
  }
  return seen;
}

/** Requests the AgentMail page server answered in this test. */
let seenCount = 0;

function agentmailPages(next: (token: string | null, count: number) => string | undefined) {
  return http((seen, response) => {
    const token = new URL(seen.target, "http://x").searchParams.get("page_token");
    seenCount += 1;
    const count = seenCount;
    const following = next(token, count);
    sendJson(response, 200, { count: 1, api_keys: [key(`k${count}`)], ...(following === undefined ? {} : { next_page_token: following }) });
  });
}

describe("AgentMail listAll()", () => {
  it.each([
    ["the same token on every page", () => "same"],
    ["the token it was asked with", (token: string | null) => token ?? "first"],
    ["a cycle of three tokens", (_: string | null, count: number) => ["a", "b", "c"][count % 3]],
  ] as const)("stops with a clear error when the server sends %s", async (_, next) => {
    seenCount = 0;
    const api = await agentmailPages(next as (token: string | null, count: number) => string | undefined);
    const client = new AgentMailClient({ apiKey: AM, baseUrl: api.origin });
    const error = await within(5_000, outcome(drain(client.apiKeys.listAll())));
    expect(error).toBeInstanceOf(VendorAuthError);
    expect((error as Error).message).toMatch(/page|cursor|token/i);
    expect(api.requests.length).toBeLessThanOrEqual(5);
  });

  it("the scoped lists stop too", async () => {
    seenCount = 0;
    const api = await agentmailPages(() => "same");
    const client = new AgentMailClient({ apiKey: AM, baseUrl: api.origin });
    const error = await within(5_000, outcome(drain(client.inboxes.apiKeys.listAll("inbox_1"))));
    expect(error).toBeInstanceOf(VendorAuthError);
  });

  it("honest pages are walked to the end", async () => {
    seenCount = 0;
    const api = await agentmailPages((_, count) => (count < 5 ? `t${count}` : undefined));
    const client = new AgentMailClient({ apiKey: AM, baseUrl: api.origin });
    expect(await within(5_000, drain(client.apiKeys.listAll()))).toHaveLength(5);
  });
});

const COMMUNAL = "communal0123456789abcdefghijklmnopqrstuv";

function communalPages(pageOf: (asked: number) => { current: number; last: number }) {
  return http((seen, response) => {
    const asked = Number(new URL(seen.target, "http://x").searchParams.get("page") ?? 1);
    const { current, last } = pageOf(asked);
    sendJson(response, 200, {
      data: [{ name: `p${asked}`, guest_price: 0, price: 0, savings: 0 }],
      current_page: current,
      from: 1,
      last_page: last,
      per_page: 1,
      to: 1,
      total: last,
    });
  });
}

describe("Communal parentPrograms.listAll()", () => {
  it.each([
    ["current_page stays 1", () => ({ current: 1, last: 5 })],
    ["current_page goes back", (asked: number) => ({ current: Math.max(1, asked - 1), last: 5 })],
  ] as const)("stops with a clear error when %s", async (_, pageOf) => {
    const api = await communalPages(pageOf);
    const client = new CommunalClient({ apiKey: COMMUNAL, baseUrl: api.origin });
    const error = await within(5_000, outcome(drain(client.parentPrograms.listAll())));
    expect(error).toBeInstanceOf(VendorAuthError);
    expect((error as Error).message).toMatch(/page/i);
    expect(api.requests.length).toBeLessThanOrEqual(5);
  });

  it("honest pages are walked to the end", async () => {
    const api = await communalPages((asked) => ({ current: asked, last: 4 }));
    const client = new CommunalClient({ apiKey: COMMUNAL, baseUrl: api.origin });
    expect(await within(5_000, drain(client.parentPrograms.listAll()))).toHaveLength(4);
    expect(api.requests).toHaveLength(4);
  });
});
