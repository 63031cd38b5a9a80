/**
 * Ids that try to leave their path segment: `..` climbing to an organization-level route, `""` turning a
 * delete of one key into a delete of the collection, slashes, query and fragment characters, encoded
 * dots, and CR/LF aimed at the request line. Each id is a value a caller might pass through from a user.
 */
import { describe, expect, it } from "vitest";
import { AgentMailClient } from "../../src/agentmail/index.js";
import { CommaClient } from "../../src/comma/index.js";
import { CommunalClient } from "../../src/communal/index.js";
import { outcome, sendJson, useServers } from "./server.js";
import { httpClient } from "../../src/http.js";

const { http } = useServers();
const AM = "am_live_AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHH";
const COMMA = "comma_sk_AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHH";

async function answering() {
  return http((seen, response) => {
    if (seen.method === "DELETE") return void response.writeHead(200).end();
    sendJson(response, 200, { id: "1", name: "Ada", email: "a@example.com", date_of_birth: "1815-12-10" });
  });
}

describe("an id that is not a segment is refused before any request", () => {
  const cases: Array<[string, (baseUrl: string) => Promise<unknown>]> = [
    ['apiKeys.delete("..")', (baseUrl) => new AgentMailClient({ apiKey: AM, baseUrl }).apiKeys.delete("..")],
    ['apiKeys.delete(".")', (baseUrl) => new AgentMailClient({ apiKey: AM, baseUrl }).apiKeys.delete(".")],
    ['apiKeys.delete("")', (baseUrl) => new AgentMailClient({ apiKey: AM, baseUrl }).apiKeys.delete("")],
    ['inboxes.apiKeys.delete("..", "k1")', (baseUrl) => new AgentMailClient({ apiKey: AM, baseUrl }).inboxes.apiKeys.delete("..", "k1")],
    ['pods.apiKeys.delete("p1", "..")', (baseUrl) => new AgentMailClient({ apiKey: AM, baseUrl }).pods.apiKeys.delete("p1", "..")],
    ['pods.apiKeys.list("")', (baseUrl) => new AgentMailClient({ apiKey: AM, baseUrl }).pods.apiKeys.list("")],
    ['Communal users.get("..")', (baseUrl) => new CommunalClient({ apiKey: "k", baseUrl }).users.get(".." as never)],
    [
      'Communal users.update("", ...)',
      (baseUrl) => new CommunalClient({ apiKey: "k", baseUrl }).users.update("", { firstName: "a", lastName: "b", email: "a@b.co" }),
    ],
    ['Comma reports.get("..")', (baseUrl) => new CommaClient({ apiKey: COMMA, baseUrl }).reports.get("..")],
    ["Communal users.get(NaN)", (baseUrl) => new CommunalClient({ apiKey: "k", baseUrl }).users.get(Number.NaN)],
    ["Communal users.get({}) (plain JS)", (baseUrl) => new CommunalClient({ apiKey: "k", baseUrl }).users.get({ toString: () => ".." } as never)],
    ['Comma reports.getRevision("r1", ".")', (baseUrl) => new CommaClient({ apiKey: COMMA, baseUrl }).reports.getRevision("r1", ".")],
  ];

  it.each(cases)("%s: TypeError, nothing sent", async (_, run) => {
    const api = await answering();
    const error = await outcome(run(api.origin));
    expect(error).toBeInstanceOf(TypeError);
    expect(String((error as Error).message)).toMatch(/path|segment|id/i);
    expect(api.requests).toHaveLength(0);
  });
});

describe("http (openapi-fetch) uses the same rule", () => {
  it.each(["..", ".", ""])("http.DELETE with api_key_id %j: TypeError, nothing sent", async (id) => {
    const api = await answering();
    const client = new AgentMailClient({ apiKey: AM, baseUrl: api.origin });
    const error = await outcome(httpClient(client).DELETE("/v0/api-keys/{api_key_id}", { params: { path: { api_key_id: id } } }));
    expect(error).toBeInstanceOf(TypeError);
    expect(api.requests).toHaveLength(0);
  });

  it("http.DELETE with a slash in the id sends one encoded segment", async () => {
    const api = await answering();
    const client = new AgentMailClient({ apiKey: AM, baseUrl: api.origin });
    await httpClient(client).DELETE("/v0/api-keys/{api_key_id}", { params: { path: { api_key_id: "../x" } } });
    expect(api.requests[0]!.target).toBe("/v0/api-keys/..%2Fx");
  });
});

describe("any other id stays inside its one segment", () => {
  const ids = [
    "a/b",
    "../../v0/api-keys",
    "k1?ascending=true",
    "k1#frag",
    "%2e%2e",
    "%2F",
    "k 1",
    "k1\r\nX-Injected: yes",
    "ключ",
    "..%2f",
    "...",
    ".. ",
  ];

  it.each(ids)("AgentMail apiKeys.delete(%j) sends one encoded segment under /v0/api-keys/", async (id) => {
    const api = await answering();
    await new AgentMailClient({ apiKey: AM, baseUrl: api.origin }).apiKeys.delete(id);
    expect(api.requests).toHaveLength(1);
    const { target, headers } = api.requests[0]!;
    expect(target.startsWith("/v0/api-keys/")).toBe(true);
    const segment = target.slice("/v0/api-keys/".length);
    expect(segment).not.toMatch(/[/?#\s]/);
    expect(decodeURIComponent(segment)).toBe(id);
    expect(headers["x-injected"]).toBeUndefined();
  });

  it.each(ids)("Comma reports.get(%j) sends one encoded segment under /reports/", async (id) => {
    const api = await http((_, response) => sendJson(response, 200, { id: "r1" }));
    await new CommaClient({ apiKey: COMMA, baseUrl: api.origin }).reports.get(id);
    const { target } = api.requests[0]!;
    expect(target.startsWith("/reports/")).toBe(true);
    const segment = target.slice("/reports/".length);
    expect(segment).not.toMatch(/[/?#\s]/);
    expect(decodeURIComponent(segment)).toBe(id);
  });

  it("a numeric id is sent as its digits", async () => {
    const api = await answering();
    await new CommunalClient({ apiKey: "k", baseUrl: api.origin }).users.get(42);
    expect(api.requests[0]!.target.split("?")[0]).toBe("/users/42");
  });
});

describe("a hostile query value stays a value", () => {
  it("a search string with & and = and # is one encoded q parameter", async () => {
    const api = await http((_, response) => sendJson(response, 200, { results: [] }));
    await outcome(new CommaClient({ apiKey: COMMA, baseUrl: api.origin }).reports.search("a&q=b#c\r\nX-Injected: 1"));
    expect(api.requests).toHaveLength(1);
    const url = new URL(api.requests[0]!.target, api.origin);
    expect(url.searchParams.getAll("q")).toEqual(["a&q=b#c\r\nX-Injected: 1"]);
    expect(api.requests[0]!.headers["x-injected"]).toBeUndefined();
  });
});
