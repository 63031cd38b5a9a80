/**
 * One read (GET) and one write (a JSON body) per vendor, through the public clients only, pointed at a
 * loopback origin. The only place the adversarial suite names vendor methods, so an API change touches
 * one file. CallMissed's write goes through `http`, the typed openapi-fetch client every vendor exposes
 * (its spec has no write), which also covers that path.
 */
import { AgentMailClient } from "../../src/agentmail/index.js";
import { CallMissedClient } from "../../src/callmissed/index.js";
import { CommaClient } from "../../src/comma/index.js";
import { CommunalClient } from "../../src/communal/index.js";
import { httpClient } from "../../src/http.js";

/** Options every case accepts: the client's own plus anything a test adds (hostile values included). */
export type AnyOptions = Record<string, unknown> & { baseUrl: string };
type Call = (options: AnyOptions, request?: Record<string, unknown>) => Promise<unknown>;

export interface AdversarialVendor {
  name: string;
  /** A well-formed key of this vendor, long enough that a cut through it is easy to spot. */
  key: string;
  /** Header the server finds the key in. */
  credentialHeader: "authorization" | "x-api-key";
  /** Extra client options the case needs (CallMissed's `credentialHeader`). */
  extra: Record<string, unknown>;
  read: Call;
  /** Path the read arrives at, relative to the origin. */
  readPath: string;
  /** A body the read accepts. */
  readBody: unknown;
  /** A write with a JSON body, and a body the write accepts. */
  write: Call;
  writeMethod: string;
  writePath: string;
  writeBody: unknown;
}

const http = (client: unknown) =>
  httpClient(client as never) as unknown as {
    GET(path: string, init?: object): Promise<unknown>;
    POST(path: string, init?: object): Promise<unknown>;
  };

export const vendors: AdversarialVendor[] = [
  {
    name: "AgentMail",
    key: "am_live_AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHH",
    credentialHeader: "authorization",
    extra: {},
    read: async (o, r) => new AgentMailClient(o as never).apiKeys.list({}, r as never),
    readPath: "/v0/api-keys",
    readBody: { count: 0, api_keys: [] },
    write: async (o, r) => new AgentMailClient(o as never).apiKeys.create({ name: "n" }, r as never),
    writeMethod: "POST",
    writePath: "/v0/api-keys",
    writeBody: { api_key_id: "k1", api_key: "am_new", prefix: "am_new", name: "n", created_at: "2020-01-01T00:00:00Z" },
  },
  {
    name: "Communal",
    key: "communal0123456789abcdefghijklmnopqrstuv",
    credentialHeader: "authorization",
    extra: {},
    read: async (o, r) => new CommunalClient(o as never).users.get(1, {}, r as never),
    readPath: "/users/1",
    readBody: { id: "1", name: "Ada", email: "a@example.com", date_of_birth: "1815-12-10" },
    write: async (o, r) => new CommunalClient(o as never).parentPrograms.list({ page: 1 }, r as never),
    writeMethod: "GET",
    writePath: "/parent_programs?page=1",
    writeBody: { data: [], current_page: 1, from: 0, last_page: 1, per_page: 15, to: 0, total: 0 },
  },
  {
    name: "CallMissed",
    key: "cm_live_AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHH",
    credentialHeader: "x-api-key",
    extra: { credentialHeader: "x-api-key" },
    read: async (o, r) => new CallMissedClient({ credentialHeader: "x-api-key", ...o } as never).models.list(r as never),
    readPath: "/anthropic/v1/models",
    readBody: { data: [] },
    write: async (o, r) =>
      http(new CallMissedClient({ credentialHeader: "x-api-key", ...o } as never)).POST("/api/v1/keys", { body: { name: "n" }, ...r }),
    writeMethod: "POST",
    writePath: "/api/v1/keys",
    writeBody: { id: "k1", name: "n" },
  },
  {
    name: "Comma",
    key: "comma_sk_AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHH",
    credentialHeader: "authorization",
    extra: {},
    read: async (o, r) => new CommaClient(o as never).me.usage(r as never),
    readPath: "/me/usage",
    readBody: { requests: 1 },
    write: async (o, r) => new CommaClient(o as never).reports.create({ html: "<p>x</p>" }, r as never),
    writeMethod: "POST",
    writePath: "/reports",
    writeBody: { id: "r1" },
  },
];

/** The vendors whose write really carries a body (Communal's write case is a GET). */
export const writers = vendors.filter((vendor) => vendor.writeMethod !== "GET");

/** Options for `vendor` against `origin`: its key, no retries unless asked, a short timeout. */
export function optionsFor(vendor: AdversarialVendor, origin: string, more: Record<string, unknown> = {}): AnyOptions {
  return { apiKey: vendor.key, baseUrl: origin, maxRetries: 0, timeoutMs: 5_000, ...vendor.extra, ...more };
}

/** True when `text` holds the key or any 12-character piece of its secret part (a key cut in two still leaks). */
export function leaks(text: string, key: string): boolean {
  if (text.includes(key)) return true;
  const secret = key.slice(key.length - 24);
  for (let i = 0; i + 12 <= secret.length; i++) if (text.includes(secret.slice(i, i + 12))) return true;
  return false;
}
