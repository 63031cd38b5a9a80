/**
 * The official SDK's spellings that must not compile against vendor-auth (MIGRATING.md, TypeScript column
 * `error`). Each `// row: <id>` marks the row its `@ts-expect-error` proves; table.test.ts checks that
 * every such row has one (the official error classes live in the `AgentMail` namespace, so its
 * import is their proof too). Type-level only: nothing here runs.
 */
import { describe, test } from "vitest";
// row: export.AgentMail, err.NotFoundError, err.ValidationError, err.ConflictError, err.IsTakenError, err.UnprocessableError
// @ts-expect-error the official namespace is not exported: import the named types and classes
import { AgentMail } from "../../src/agentmail/index.js";
// row: export.logging
// @ts-expect-error no logging namespace: use the logLevel and logger options
import { logging } from "../../src/agentmail/index.js";
// row: export.serialization
// @ts-expect-error no serialization namespace: the case mapping is built in
import { serialization } from "../../src/agentmail/index.js";
// row: type.BaseClientOptions
// @ts-expect-error AgentMailClientOptions here
import type { BaseClientOptions } from "../../src/agentmail/index.js";
// row: type.BaseRequestOptions
// @ts-expect-error RequestOptions here
import type { BaseRequestOptions } from "../../src/agentmail/index.js";
// row: type.AgentMailEnvironmentUrls
// @ts-expect-error AgentMailEnvironment is the type of the documented values
import type { AgentMailEnvironmentUrls } from "../../src/agentmail/index.js";
import { AgentMailClient, type AgentMailClientOptions, type RequestOptions } from "../../src/agentmail/index.js";

declare const client: AgentMailClient;
void [AgentMail, logging, serialization];

// row: type.AgentMailClient.Options
// @ts-expect-error AgentMailClient is a class without a namespace: AgentMailClientOptions
type _Options = AgentMailClient.Options;
// row: type.AgentMailClient.RequestOptions
// @ts-expect-error RequestOptions
type _RequestOptions = AgentMailClient.RequestOptions;
type _Renamed = [_Options, _RequestOptions, BaseClientOptions, BaseRequestOptions, AgentMailEnvironmentUrls, AgentMailClientOptions, RequestOptions];

describe("client options", () => {
  test("suppliers and the official SDK's other options do not compile", () => {
    // row: opt.apiKey.supplier
    // @ts-expect-error apiKey is a string
    void new AgentMailClient({ apiKey: () => "am_x" });
    // row: opt.environment.urls
    // @ts-expect-error only the documented environments: use baseUrl for another server
    void new AgentMailClient({ environment: { http: "https://mock.agentmail.test", websockets: "wss://ws.mock.agentmail.test" } });
    // row: opt.environment.supplier
    // @ts-expect-error environment is a value, not a function
    void new AgentMailClient({ environment: () => ({ http: "https://api.agentmail.eu", websockets: "wss://ws.agentmail.eu" }) });
    // row: opt.baseUrl.supplier
    // @ts-expect-error baseUrl is a string
    void new AgentMailClient({ baseUrl: () => "https://proxy.example.test" });
    // row: opt.headers.supplier
    // @ts-expect-error header values are strings
    void new AgentMailClient({ headers: { "X-Trace": () => "t" } });
    // row: opt.logging
    // @ts-expect-error logging is logLevel and logger here
    void new AgentMailClient({ logging: { silent: false } });
    // row: opt.x402
    // @ts-expect-error no x402 payment
    void new AgentMailClient({ x402: {} });
    // row: opt.mppx
    // @ts-expect-error no MPP payment
    void new AgentMailClient({ mppx: {} });
    // row: opt.unknown
    // @ts-expect-error a misspelled option
    void new AgentMailClient({ maxRetrys: 3 });
  });
});

describe("request options, methods, query and body", () => {
  test("the official SDK's spellings that differ do not compile", () => {
    // row: req.queryParams
    // @ts-expect-error no queryParams
    void client.apiKeys.list({}, { queryParams: { extra: "1" } });
    // row: req.unknown
    // @ts-expect-error a misspelled request option
    void client.auth.me({ timeoutInSecond: 5 });
    // row: method.fetch
    // @ts-expect-error no passthrough fetch: use httpClient(client) from vendor-auth/http
    void client.fetch("/v0/auth/me");
    // row: method.other
    // @ts-expect-error mail resources are not covered
    void client.inboxes.list();
    // row: method.websockets
    // @ts-expect-error no websockets
    void client.websockets;
    // row: query.unknown
    // @ts-expect-error limt is not a query field
    void client.apiKeys.list({ limt: 5 });
    // row: body.expiresAt
    // @ts-expect-error expiresAt is an ISO string
    void client.apiKeys.create({ publicKey: { kty: "EC", crv: "P-256", x: "x", y: "y" }, expiresAt: new Date(0) });
    // row: result.dates
    // @ts-expect-error createdAt is an ISO string, not a Date: new Date(key.createdAt)
    void client.apiKeys.get("ak_1").then((key) => key.createdAt.getTime());
    // row: body.permissions.provider
    // @ts-expect-error providerConnect is appConnect now
    void client.apiKeys.create({ permissions: { providerConnect: true } });
  });
});
