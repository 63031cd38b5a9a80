import { describe, expect, test } from "vitest";
import {
  requiredAccess,
  resourceScopeGates,
  resourceScopes,
  servicePermissionGates,
  servicePermissions,
  voiceAgentPermissions,
} from "../../src/callmissed/index.js";

describe("the documented lists", () => {
  test("seven service permissions, email included, and * for all", () => {
    expect(servicePermissions).toEqual(["llm", "stt", "tts", "search", "image", "email", "*"]);
  });

  test("66 resource scopes across the platform, gateway, CRM, support and voice tables, and *", () => {
    expect(resourceScopes).toHaveLength(66);
    expect(resourceScopes).toEqual(
      expect.arrayContaining(["bots:read", "whatsapp:send", "usage:read", "crm_timeline:read", "crm_bulk:write", "csat:write", "squads:write", "*"]),
    );
    // The halves the docs call out as missing really are missing.
    expect(resourceScopes).not.toContain("webhooks:read");
    expect(resourceScopes).not.toContain("crm_timeline:write");
    expect(resourceScopes).not.toContain("crm_bulk:read");
  });

  test("every gate table covers exactly its enumeration", () => {
    expect(Object.keys(servicePermissionGates).sort()).toEqual([...servicePermissions].sort());
    expect(Object.keys(resourceScopeGates).sort()).toEqual([...resourceScopes].sort());
  });
});

describe("requiredAccess(method, path)", () => {
  test.each([
    ["POST", "/v1/chat/completions", ["llm"]],
    ["POST", "/v1/responses", ["llm"]],
    ["POST", "/v1/messages", ["llm"]],
    ["POST", "/anthropic/v1/messages", ["llm"]],
    ["POST", "/v1/embeddings", ["llm"]],
    ["GET", "/v1/batches/batch_1", ["llm"]],
    ["POST", "/v1/files", ["llm"]],
    ["POST", "/v1/audio/transcriptions", ["stt"]],
    ["POST", "/v1/audio/translations", ["stt"]],
    ["POST", "/v1/audio/speech", ["tts"]],
    ["POST", "/v1/search", ["search"]],
    ["POST", "/v1/images/generations", ["image"]],
    ["GET", "/v1/images/history", ["image"]],
  ])("%s %s needs %j", (method, path, permissions) => {
    expect(requiredAccess(method, path)).toEqual({ permissions });
  });

  test("both voice-agent sockets need all three of stt, tts and llm", () => {
    for (const path of ["/v1/agent/converse", "/v2/voice/agent"]) {
      expect(requiredAccess("GET", path)?.permissions.sort()).toEqual([...voiceAgentPermissions].sort());
    }
  });

  test.each([
    ["GET", "/api/v1/contacts", "contacts:read"],
    ["PATCH", "/api/v1/contacts/c_1", "contacts:write"],
    ["GET", "/api/v1/handoffs", "conversations:read"],
    ["POST", "/api/v1/handoffs/h_1", "conversations:write"],
    ["DELETE", "/api/v1/sheet-automations/s_1", "integrations:write"],
    ["GET", "/v1/usage/summary", "usage:read"],
    ["GET", "/v1/usage/logs.csv", "usage:read"],
    ["GET", "/api/v1/gateway/end-user-budgets", "end_user_budgets:read"],
    ["PUT", "/api/v1/gateway/end-user-budgets/u_1", "end_user_budgets:write"],
    ["POST", "/api/v1/gateway/prompts", "prompts:write"],
    ["GET", "/api/v1/gateway/prompts/p_1", "prompts:read"],
  ])("%s %s needs scope %s (read for GET, write otherwise)", (method, path, scope) => {
    expect(requiredAccess(method, path)).toEqual({ permissions: [], scope });
  });

  test.each([
    ["/api/v1/gateway/prompts/p_1/render", "prompts:read"],
    ["/api/v1/support/ops/routing-rules/evaluate", "support_ops:read"],
    ["/api/v1/voice/squads/sq_1/simulate-handoff", "squads:read"],
  ])("POST %s writes nothing, so it needs only %s", (path, scope) => {
    expect(requiredAccess("POST", path)).toEqual({ permissions: [], scope });
  });

  test("a full URL, a query string and a lower-case method are read the same way", () => {
    expect(requiredAccess("get", "https://api.callmissed.com/api/v1/contacts?limit=5")).toEqual({ permissions: [], scope: "contacts:read" });
  });

  test("a path the docs give no gate for is undefined, and a prefix must end at a segment", () => {
    expect(requiredAccess("GET", "/anthropic/v1/models")).toBeUndefined();
    expect(requiredAccess("GET", "/api/v1/contactsX")).toBeUndefined();
    expect(requiredAccess("POST", "/v1/searchers")).toBeUndefined();
  });

  test("non-string input is a TypeError", () => {
    expect(() => requiredAccess(undefined as never, "/v1/search")).toThrow(TypeError);
  });
});
