/** Wire bodies (snake_case, as CallMissed sends them), after the API Keys and Error Codes pages of its docs. */

export const BASE = "https://api.callmissed.com";
export const KEYS_URL = `${BASE}/api/v1/keys`;
export const API_KEY = "cm_live_7d3f0a9c1e5b2468";

/** The create response, with its plaintext key (docs: API Keys, "Create a key"). */
export const wireCreated = {
  id: "k1234567-89ab-cdef-0123-456789abcdef",
  name: "Production LLM key",
  key: "cm_live_3f9a8b7c6d5e4f3a2b1c",
  permissions: "llm,stt",
  scopes: "bots:read",
  allowed_domains: "*",
  is_active: true,
  logs_enabled: false,
  prompt_logging_enabled: false,
  budget_limit: 5000.0,
  budget_used: 0.0,
  budget_remaining: 5000.0,
  rate_limit_rpm: 200,
  allowed_models: "*",
  created_at: "2026-06-06T12:15:00Z",
};

/** A listed key: the create fields minus `key`. */
export function wireListed(overrides: Record<string, unknown> = {}) {
  const { key: _key, ...listed } = wireCreated;
  return { ...listed, ...overrides };
}
