/**
 * The four clients as the contract suite sees them: what differs between vendors, as data, so one set of
 * tests states what every client promises (credentials, errors, options, withOptions).
 */
import { AgentMailClient } from "../../src/agentmail/index.js";
import { CallMissedClient } from "../../src/callmissed/index.js";
import { CommaClient } from "../../src/comma/index.js";
import { CommunalClient } from "../../src/communal/index.js";
import type { ApiPromise } from "../../src/core/api-promise.js";
import type { RequestOptions } from "../../src/core/options.js";

/** What every client has in common, for the suite. */
export interface AnyClient {
  withOptions(options: object): AnyClient;
}

export interface ContractVendor {
  name: string;
  Client: new (options?: never) => AnyClient;
  envVar: string;
  /** The documented key prefix ("" when the vendor's keys carry none). */
  prefix: string;
  /** A well-formed key of this vendor. */
  key: string;
  /** False where some operations need no key (AgentMail's sign-up): a missing key then fails per call. */
  keyAtConstruction: boolean;
  /** Options only this vendor takes. */
  ownOptions: string[];
  /** Values of its own options that must be a TypeError naming the option. */
  badOwnOptions: Record<string, unknown>[];
  /** The default server. */
  server: string;
  /** Server and path of the read call. */
  readUrl: string;
  /** A GET path under the server that needs no parameters, for `client.http`. */
  httpPath: string;
  /** A body the read call accepts. */
  validBody: Record<string, unknown> | unknown[];
  /** An idempotent, authenticated read. */
  read(client: AnyClient, options?: RequestOptions): ApiPromise<unknown>;
  /**
   * A call that takes query parameters, its URL and a body it accepts; absent where no operation of the
   * vendor has any (CallMissed), so no method can send one.
   */
  query?: { url: string; body: Record<string, unknown>; call(client: AnyClient, query: Record<string, unknown>): Promise<unknown>; valid: string[] };
}

export const vendors: ContractVendor[] = [
  {
    name: "AgentMail",
    Client: AgentMailClient,
    envVar: "AGENTMAIL_API_KEY",
    prefix: "am_",
    key: "am_live_0123456789abcdef",
    keyAtConstruction: false,
    ownOptions: [],
    badOwnOptions: [],
    server: "https://api.agentmail.to",
    readUrl: "https://api.agentmail.to/v0/api-keys",
    httpPath: "/v0/api-keys",
    validBody: { count: 0, api_keys: [] },
    read: (client, options) => (client as AgentMailClient).apiKeys.list({}, options),
    query: {
      url: "https://api.agentmail.to/v0/api-keys",
      body: { count: 0, api_keys: [] },
      call: (client, query) => (client as AgentMailClient).apiKeys.list(query as never),
      valid: ["type", "limit", "pageToken", "ascending"],
    },
  },
  {
    name: "Communal",
    Client: CommunalClient,
    envVar: "COMMUNAL_API_KEY",
    prefix: "",
    key: "cmnl_live_0123456789abcdef",
    keyAtConstruction: true,
    ownOptions: ["apiVersion", "onDeprecation"],
    badOwnOptions: [{ apiVersion: 20260325 }, { onDeprecation: true }],
    server: "https://api.getcommunal.com/api",
    readUrl: "https://api.getcommunal.com/api/users/1",
    httpPath: "/parent_programs",
    validBody: { id: "1", name: "Ada", email: "a@example.com", date_of_birth: "1815-12-10" },
    read: (client, options) => (client as CommunalClient).users.get(1, {}, options),
    query: {
      url: "https://api.getcommunal.com/api/users/1",
      body: { id: "1", name: "Ada", email: "a@example.com", date_of_birth: "1815-12-10" },
      call: (client, query) => (client as CommunalClient).users.get(1, query as never),
      valid: ["include", "filter[tenantId]"],
    },
  },
  {
    name: "CallMissed",
    Client: CallMissedClient,
    envVar: "CALLMISSED_API_KEY",
    prefix: "cm_",
    key: "cm_live_0123456789abcdef",
    keyAtConstruction: true,
    ownOptions: ["credentialHeader"],
    badOwnOptions: [{ credentialHeader: "cookie" }],
    server: "https://api.callmissed.com",
    readUrl: "https://api.callmissed.com/anthropic/v1/models",
    httpPath: "/anthropic/v1/models",
    validBody: { data: [] },
    read: (client, options) => (client as CallMissedClient).models.list(options),
  },
  {
    name: "Comma",
    Client: CommaClient,
    envVar: "COMMA_API_TOKEN",
    prefix: "comma_sk_",
    key: "comma_sk_0123456789abcdef",
    keyAtConstruction: true,
    ownOptions: ["rateLimit"],
    badOwnOptions: [
      { rateLimit: 60 },
      { rateLimit: { requestsPerMinute: 0 } },
      { rateLimit: { requestsPerMinute: 60, windowMs: Number.NaN } },
      { rateLimit: { requestsPerMinute: 60, windowMs: 2 ** 31 } },
    ],
    server: "https://commareports.com/api/v1",
    readUrl: "https://commareports.com/api/v1/me/usage",
    httpPath: "/me/usage",
    validBody: { requests: 1 },
    read: (client, options) => (client as CommaClient).me.usage(options),
    query: {
      url: "https://commareports.com/api/v1/reports/rep_1/comments",
      body: { comments: [] },
      call: (client, query) => (client as CommaClient).comments.list("rep_1", query as never),
      valid: ["limit"],
    },
  },
];

/** Every other vendor's well-formed key, for "a key given to the wrong client". */
export function foreignKeys(vendor: ContractVendor): { vendor: string; key: string }[] {
  return vendors.filter((other) => other !== vendor && other.prefix).map((other) => ({ vendor: other.name, key: other.key }));
}
