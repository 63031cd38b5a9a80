/** Wire bodies (snake_case, as CallMissed sends them), after its Anthropic-Compatible API and Error Codes pages. */

export const BASE = "https://api.callmissed.com";
export const MODELS_URL = `${BASE}/anthropic/v1/models`;
export const API_KEY = "cm_live_7d3f0a9c1e5b2468";

/** The model list, in the shape of the docs' example. */
export const wireModels = {
  data: [
    {
      type: "model",
      id: "anthropic/claude-sonnet-4.6",
      display_name: "Claude Sonnet 4.6",
      created_at: "2023-11-14T22:13:20+00:00",
      category: "llm",
      context_window: 200000,
      supports_streaming: true,
      supports_tools: true,
      supports_reasoning: true,
      supports_vision: true,
    },
  ],
  has_more: false,
  first_id: "anthropic/claude-sonnet-4.6",
  last_id: "anthropic/claude-sonnet-4.6",
};

/** An OpenAI-style error body of the inference surface. */
export function inferenceError(code: string, message = `Failed: ${code}`, type = "invalid_request_error") {
  return { error: { message, type, code } };
}
