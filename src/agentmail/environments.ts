/**
 * AgentMail's documented environments under the official SDK's names, so `environment:
 * AgentMailEnvironment.EuProd` keeps EU traffic in the EU after a migration. Source: the environments of
 * AgentMail's API definition (prod, prod-x402, prod-mpp, eu-prod; its default is prod).
 */

/** AgentMail's servers: `http` is where this client sends requests (`websockets` is for the official SDK's sockets). */
export const AgentMailEnvironment = {
  /** US production, the default. */
  Prod: { http: "https://api.agentmail.to", websockets: "wss://ws.agentmail.to" },
  /** US production, paid per request with x402. */
  ProdX402: { http: "https://x402.api.agentmail.to", websockets: "wss://x402.ws.agentmail.to" },
  /** US production, paid per request with MPP. */
  ProdMpp: { http: "https://mpp.api.agentmail.to", websockets: "wss://mpp.ws.agentmail.to" },
  /** EU production: data stays in the EU. */
  EuProd: { http: "https://api.agentmail.eu", websockets: "wss://ws.agentmail.eu" },
} as const;

/** One of the {@link AgentMailEnvironment} values. */
export type AgentMailEnvironment = (typeof AgentMailEnvironment)[keyof typeof AgentMailEnvironment];

/**
 * The server `environment` names. Only the documented environments are accepted: anything else (a URL
 * string, a custom `{ http }`, a function) is a TypeError naming them and `baseUrl`, which is how to reach
 * any other server. With `baseUrl` as well it is a TypeError too, since one of the two would be ignored.
 */
export function environmentServer(client: string, environment: unknown): string | undefined {
  if (environment === undefined) return undefined;
  const http = typeof environment === "object" && environment !== null ? (environment as { http?: unknown }).http : undefined;
  for (const known of Object.values(AgentMailEnvironment)) if (known.http === http) return known.http;
  const valid = Object.entries(AgentMailEnvironment).map(([name, value]) => `AgentMailEnvironment.${name} (${value.http})`);
  throw new TypeError(`${client}: environment must be one of ${valid.join(", ")}; for any other server, give baseUrl instead.`);
}
