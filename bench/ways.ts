/**
 * The ways of calling AgentMail that the benchmarks compare, each over the same in-memory fetch
 * (bench/fixtures.ts): raw fetch, raw openapi-fetch, openapi-fetch plus our converters (a reference),
 * vendor-auth/agentmail from src/, and the official `agentmail` SDK.
 */
import { AgentMailClient as OfficialClient } from "agentmail";
import createClient from "openapi-fetch";
import * as calls from "../src/agentmail/generated/calls.js";
import type { paths } from "../src/agentmail/generated/types.js";
import { AgentMailClient } from "../src/agentmail/index.js";
import { toWire } from "../src/core/shape.js";
import { API_KEY, BASE_URL, CREATE_INPUT, CREATE_WIRE, fakeFetch } from "./fixtures.js";

/** One way of making the calls. `snake` says whether its results keep the wire's key names. */
export interface Way {
  name: string;
  snake: boolean;
  create(): Promise<any>;
  get(): Promise<any>;
  list(size: number): Promise<any>;
  delete(): Promise<any>;
}

/** The key `get` and `delete` name. */
export const KEY_ID = "key_7";

const auth = { authorization: `Bearer ${API_KEY}` };
const json = { ...auth, "content-type": "application/json" };

/** Builds every way; each call builds fresh clients, so a fresh process can time its first call. */
export function createWays(): Way[] {
  const openapi = createClient<paths>({ baseUrl: BASE_URL, fetch: fakeFetch, headers: auth });
  const ours = new AgentMailClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch: fakeFetch });
  // The official SDK takes a custom fetch and base URL as options (BaseClientOptions.fetch/baseUrl): no globals patched.
  const official = new OfficialClient({ apiKey: API_KEY, baseUrl: BASE_URL, fetch: fakeFetch });
  const keyPath = { params: { path: { api_key_id: KEY_ID } } };
  return [
    {
      name: "raw fetch + JSON",
      snake: true,
      create: async () => (await fakeFetch(`${BASE_URL}/v0/api-keys`, { method: "POST", headers: json, body: JSON.stringify(CREATE_WIRE) })).json(),
      get: async () => (await fakeFetch(`${BASE_URL}/v0/api-keys/${KEY_ID}`, { method: "GET", headers: auth })).json(),
      list: async (size) => (await fakeFetch(`${BASE_URL}/v0/api-keys?limit=${size}`, { method: "GET", headers: auth })).json(),
      delete: async () => void (await fakeFetch(`${BASE_URL}/v0/api-keys/${KEY_ID}`, { method: "DELETE", headers: auth })).arrayBuffer(),
    },
    {
      name: "openapi-fetch",
      snake: true,
      create: async () => (await openapi.POST("/v0/api-keys", { body: CREATE_WIRE })).data,
      get: async () => (await openapi.GET("/v0/api-keys/{api_key_id}", keyPath)).data,
      list: async (size) => (await openapi.GET("/v0/api-keys", { params: { query: { limit: size } } })).data,
      delete: async () => (await openapi.DELETE("/v0/api-keys/{api_key_id}", keyPath)).data,
    },
    {
      // Not a product: openapi-fetch plus our input check and generated converters, to show what renaming alone costs.
      name: "openapi-fetch + our converters",
      snake: false,
      create: async () => {
        const body = toWire(CREATE_INPUT, calls.createApiKey.request) as typeof CREATE_WIRE;
        return calls.createApiKey.decode((await openapi.POST("/v0/api-keys", { body })).data);
      },
      get: async () => calls.getApiKey.decode((await openapi.GET("/v0/api-keys/{api_key_id}", keyPath)).data),
      list: async (size) => calls.listApiKeys.decode((await openapi.GET("/v0/api-keys", { params: { query: { limit: size } } })).data),
      delete: async () => (await openapi.DELETE("/v0/api-keys/{api_key_id}", keyPath)).data,
    },
    {
      name: "vendor-auth",
      snake: false,
      create: () => ours.apiKeys.create(CREATE_INPUT),
      get: () => ours.apiKeys.get(KEY_ID),
      list: (size) => ours.apiKeys.list({ limit: size }),
      delete: () => ours.apiKeys.delete(KEY_ID),
    },
    {
      name: "agentmail (official)",
      snake: false,
      create: () => official.apiKeys.create(CREATE_INPUT),
      get: () => official.apiKeys.get(KEY_ID),
      list: (size) => official.apiKeys.list({ limit: size }),
      delete: () => official.apiKeys.delete(KEY_ID),
    },
  ];
}

/** What each benchmark case does with a way. */
export const CASES: Array<{ id: string; title: string; run(way: Way): Promise<unknown> }> = [
  { id: "create", title: "apiKeys.create (name + 3 permissions; the answer has every flag)", run: (way) => way.create() },
  { id: "get", title: "apiKeys.get (one key with every flag)", run: (way) => way.get() },
  { id: "list50", title: "apiKeys.list (50 keys)", run: (way) => way.list(50) },
  { id: "list500", title: "apiKeys.list (500 keys)", run: (way) => way.list(500) },
  {
    id: "mixed",
    title: "mixed workload: list 50, get, create, delete (one row = the four calls)",
    run: async (way) => {
      await way.list(50);
      await way.get();
      await way.create();
      await way.delete();
    },
  },
];
