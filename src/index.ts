/**
 * `vendor-auth`: the pieces shared by every vendor client. Import a client from its subpath:
 * `vendor-auth/agentmail`, `vendor-auth/communal`, `vendor-auth/callmissed`, `vendor-auth/comma`.
 */
export * from "./core/public.js";
export { parseRetryAfter, backoffMs } from "./core/retry.js";
