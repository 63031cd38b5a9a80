/** The CallMissed fake's wire forms: the OpenAI-style error envelope and the model catalogue. */

const ERROR_TYPES: Record<number, string> = { 401: "authentication_error", 403: "permission_error", 429: "rate_limit_error" };

/** The model list `GET /anthropic/v1/models` answers unless the fake is given another. */
export const DEFAULT_MODELS = [
  {
    type: "model",
    id: "anthropic/claude-sonnet-4.6",
    display_name: "Claude Sonnet 4.6",
    category: "llm",
    context_window: 200000,
    supports_streaming: true,
    supports_tools: true,
    supports_vision: true,
  },
  {
    type: "model",
    id: "openai/gpt-6-luna",
    display_name: "GPT-6 Luna",
    category: "llm",
    context_window: 1050000,
    supports_streaming: true,
    supports_tools: true,
    supports_vision: true,
  },
];

/** The OpenAI-style envelope of the inference surface (`/v1/*`, `/anthropic/v1/*`). */
export function errorEnvelope(status: number, code: string, message: string): unknown {
  return { error: { message, type: ERROR_TYPES[status] ?? (status >= 500 ? "api_error" : "invalid_request_error"), code } };
}

/** A page of the model list, with the cursor fields of the Anthropic-compatible surface. */
export function modelPage(models: ReadonlyArray<{ id: string }>): unknown {
  return { data: models, has_more: false, first_id: models[0]?.id, last_id: models.at(-1)?.id };
}
