/**
 * What the scenario needs to know per vendor, imported from the built package by its public subpaths:
 * how to build the client, one call whose wire format is checked (and which then fails with each error),
 * the error bodies in the vendor's own envelopes, and one idempotent call that is retried.
 */
import * as agentmail from "vendor-auth/agentmail";
import * as callmissed from "vendor-auth/callmissed";
import * as comma from "vendor-auth/comma";
import * as communal from "vendor-auth/communal";
// The user record the Node tests use too (test/communal/fixtures.ts): JSON, so every runtime loads it unbuilt.
import communalUser from "../fixtures/communal/user.json" with { type: "json" };

/** snake_case keys to camelCase, deeply: the oracle for Communal's 49-field user record. */
function camelKeys(value) {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase()), camelKeys(item)]));
}

/** CallMissed's model list, the call both its wire check and its retry check make. */
const callmissedModels = {
  path: "/anthropic/v1/models",
  call: (client) => client.models.list(),
  response: {
    data: [{ type: "model", id: "anthropic/claude-sonnet-4.6", display_name: "Claude Sonnet 4.6", context_window: 200000, supports_vision: true }],
    has_more: false,
    first_id: "anthropic/claude-sonnet-4.6",
    last_id: "anthropic/claude-sonnet-4.6",
  },
  result: {
    data: [{ type: "model", id: "anthropic/claude-sonnet-4.6", displayName: "Claude Sonnet 4.6", contextWindow: 200000, supportsVision: true }],
    hasMore: false,
    firstId: "anthropic/claude-sonnet-4.6",
    lastId: "anthropic/claude-sonnet-4.6",
  },
};

/** The four vendors, in the order their checks run. */
export const vendors = [
  {
    name: "agentmail",
    server: agentmail.servers[0],
    key: "am_rt_k3y_5e2b9c41d7",
    module: agentmail,
    create: (options) => new agentmail.AgentMailClient(options),
    wire: {
      method: "POST",
      path: "/v0/api-keys",
      call: (client) => client.apiKeys.create({ name: "reader", permissions: { inboxRead: true, labelSpamRead: false } }),
      sent: { name: "reader", permissions: { inbox_read: true, label_spam_read: false } },
      response: {
        api_key_id: "ak_new",
        api_key: "am_new_secret",
        prefix: "am_new",
        name: "reader",
        permissions: { inbox_read: true, label_spam_read: false },
        created_at: "2026-11-24T10:00:00Z",
      },
      result: {
        apiKeyId: "ak_new",
        apiKey: "am_new_secret",
        prefix: "am_new",
        name: "reader",
        permissions: { inboxRead: true, labelSpamRead: false },
        createdAt: "2026-11-24T10:00:00Z",
      },
    },
    unauthorized: (key) => ({ name: "UnauthorizedError", message: `Invalid API key ${key}` }),
    forbidden: {
      body: { name: "ForbiddenError", code: "missing_permission", message: "Forbidden", fix: "Use a key with api_key_create." },
      expect: (assert, error) => assert.equal(error.code, "missing_permission", "code"),
    },
    invalid: {
      status: 400,
      body: { name: "ValidationError", code: "validation_error", errors: [{ path: ["permissions", "inbox_reed"], message: "Unrecognized key" }] },
      fieldErrors: { "permissions.inbox_reed": ["Unrecognized key"] },
    },
    retry: {
      status: 503,
      body: { name: "ServiceUnavailableError", message: "Try again" },
      path: "/v0/auth/me",
      call: (client) => client.auth.me(),
      response: { scope_type: "organization", scope_id: "org_1", organization_id: "org_1" },
      result: { scopeType: "organization", scopeId: "org_1", organizationId: "org_1" },
    },
  },
  {
    name: "communal",
    server: communal.servers[0],
    key: "cmnl_rt_8a1f4c7e20",
    module: communal,
    create: (options) => new communal.CommunalClient(options),
    wire: {
      method: "PUT",
      path: "/users/89",
      call: (client) =>
        client.users.update(89, { firstName: "Ada", lastName: "Lovelace", email: "ada@example.com", profileAddressLine2: "Suite 200" }),
      sent: { first_name: "Ada", last_name: "Lovelace", email: "ada@example.com", profile_address_line_2: "Suite 200" },
      response: communalUser,
      result: camelKeys(communalUser),
    },
    unauthorized: (key) => ({ message: `Unauthenticated: ${key} is not a valid key.` }),
    forbidden: { body: { message: "This action is unauthorized." } },
    invalid: {
      status: 422,
      body: { message: "The email has already been taken.", errors: { email: ["The email has already been taken."] } },
      fieldErrors: { email: ["The email has already been taken."] },
    },
    retry: {
      status: 429,
      body: { message: "Too Many Attempts." },
      path: "/users/89",
      call: (client) => client.users.get(89),
      response: { id: "89", name: "Ada Lovelace", email: "ada@example.com", date_of_birth: "1815-12-10T00:00:00.000000Z", first_name: "Ada" },
      result: { id: "89", name: "Ada Lovelace", email: "ada@example.com", dateOfBirth: "1815-12-10T00:00:00.000000Z", firstName: "Ada" },
    },
  },
  {
    name: "callmissed",
    server: callmissed.servers[0],
    key: "cm_rt_2d9b7f0a64",
    module: callmissed,
    create: (options) => new callmissed.CallMissedClient(options),
    // CallMissed has no body-carrying call of its own (keys are made in the console): a GET, no body sent.
    wire: { method: "GET", ...callmissedModels, sent: undefined },
    unauthorized: (key) => ({ error: { message: `Incorrect API key provided: ${key}`, type: "invalid_request_error", code: "invalid_api_key" } }),
    forbidden: {
      body: { error: { message: "The request origin is not in the key's domain allowlist.", type: "permission_error", code: "domain_not_allowed" } },
      expect: (assert, error) => assert.equal(error.code, "domain_not_allowed", "code"),
    },
    invalid: {
      status: 422,
      body: { detail: [{ loc: ["query", "limit"], msg: "Input should be less than or equal to 50", type: "less_than_equal" }] },
      fieldErrors: { "query.limit": ["Input should be less than or equal to 50"] },
    },
    retry: {
      status: 503,
      body: { error: { message: "The model is temporarily out of service.", type: "api_error", code: "model_under_maintenance" } },
      ...callmissedModels,
    },
  },
  {
    name: "comma",
    server: comma.servers[0],
    key: "comma_sk_rt_6c0e93b1f5",
    module: comma,
    create: (options) => new comma.CommaClient(options),
    wire: {
      method: "PUT",
      path: "/reports/rep_1/share",
      call: (client) => client.sharing.update("rep_1", { visibility: "public", linkPermission: "comment" }),
      sent: { visibility: "public", link_permission: "comment" },
      response: { visibility: "public", link_permission: "comment" },
      result: { visibility: "public", linkPermission: "comment" },
    },
    unauthorized: (key) => ({ error: `Invalid token ${key}` }),
    forbidden: {
      body: { error: "Token missing scope: sharing" },
      expect: (assert, error) => assert.equal(error.missingScope, "sharing", "missingScope"),
    },
    invalid: {
      status: 400,
      body: { error: "visibility must be one of private, team, registered, public, domain" },
      fieldErrors: {},
    },
    retry: {
      status: 429,
      body: { error: "Rate limit exceeded" },
      path: "/reports/rep_1",
      call: (client) => client.reports.get("rep_1"),
      response: { id: "rep_1", title: "Q3 review", created_at: "2026-11-20T10:00:00Z" },
      result: { id: "rep_1", title: "Q3 review", createdAt: "2026-11-20T10:00:00Z" },
    },
  },
];
