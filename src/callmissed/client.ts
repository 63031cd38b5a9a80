import { settle, type ApiPromise, type ClientOptions, type RequestOptions } from "../core/client.js";
import { KEY_RULES, resolveKey } from "../core/credentials.js";
import { AuthenticationError, PermissionDeniedError } from "../core/errors.js";
import type { ResponseBody } from "../core/shape.js";
import { VendorClient } from "../core/vendor.js";
import type { ResourceScope } from "./access.js";
import * as ops from "./generated/calls.js";
import { errorCodeValues, servers } from "./generated/meta.js";
import type { operations, paths } from "./generated/types.js";
import { profile } from "./profile.js";

/** A documented CallMissed error code (`error.code`); other codes may still arrive. */
export type CallMissedErrorCode = (typeof errorCodeValues)[number];
/** Every documented CallMissed error code. */
export const callMissedErrorCodes: readonly CallMissedErrorCode[] = errorCodeValues;
/** A 403 for a missing resource scope has `missingScope` typed as a {@link ResourceScope}. */
export type CallMissedPermissionDeniedError = PermissionDeniedError<ResourceScope>;

/** Options of {@link CallMissedClient}. */
export interface CallMissedClientOptions extends ClientOptions {
  /** A CallMissed API key (starts with `cm_`), from the console. Defaults to `process.env.CALLMISSED_API_KEY`. */
  apiKey?: string;
  /**
   * Header that carries the key. `"x-api-key"` works only on the Anthropic-compatible endpoints
   * (`/v1/messages`, `/anthropic/v1/*`, which also take Bearer). @default "authorization" (Bearer)
   */
  credentialHeader?: "authorization" | "x-api-key";
}

/** The model catalogue `models.list()` returns: `{ data, hasMore?, firstId?, lastId? }`. */
export type ModelList = ResponseBody<operations["listModels"]>;
/** One model of the catalogue. */
export type Model = ModelList["data"][number];

/** The two Managed Voice Agent sockets: CallMissed's own protocol, and the Deepgram-compatible one. */
export type VoiceAgentProtocol = "callmissed" | "deepgram";
const VOICE_AGENT_PATHS: Record<VoiceAgentProtocol, string> = { callmissed: "/v2/voice/agent", deepgram: "/v1/agent/converse" };

/**
 * How to open a Managed Voice Agent socket: `new WebSocket(url, protocols)` in a browser (the only way
 * there), or `headers` with a Node WebSocket library. Holds the key, so `toJSON()` and `util.inspect`
 * show it redacted.
 */
export interface VoiceAgentSocket {
  /** `wss://…/v2/voice/agent` or `wss://…/v1/agent/converse`, on the client's base URL. */
  url: string;
  /** The subprotocol pair `["token", key]`. */
  protocols: [string, string];
  /** `{ Authorization: "Token <key>" }` (a `Token`, not a `Bearer`). */
  headers: { Authorization: string };
}

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/**
 * CallMissed, as far as its `cm_` keys go: check a key, list the models it can reach, and open a voice-agent
 * socket with it. Keys are created, rotated and revoked only in the console; there is no key API.
 *
 * @example
 * const callmissed = new CallMissedClient(); // reads CALLMISSED_API_KEY
 * if (!(await callmissed.verifyKey())) throw new Error("CallMissed refused the key (unknown, revoked or expired)");
 */
export class CallMissedClient extends VendorClient<paths, CallMissedClientOptions> {
  /** The model catalogue (Anthropic shape). */
  readonly models: {
    /** Every model the account can call; any valid key may list them, and it bills nothing. */
    list(options?: RequestOptions): ApiPromise<ModelList>;
  };
  // ES private fields: neither `util.inspect` nor `JSON.stringify` of the client can reach the key.
  readonly #baseUrl: string;
  readonly #apiKey: string;

  constructor(options?: CallMissedClientOptions) {
    super(profile, options);
    // The base constructor has checked both; read again here only for voiceAgentSocket().
    this.#apiKey = resolveKey(options?.apiKey, KEY_RULES.callmissed)!;
    this.#baseUrl = options?.baseUrl ?? servers[0];
    const core = this.core;
    this.models = { list: (requestOptions) => core.call(ops.listModels, {}, requestOptions) };
  }

  /**
   * Whether CallMissed accepts the key, by the cheapest authenticated read (the model list: no permission,
   * no scope, no credits). `true` on success or on a 403 that still proves the key (its domain allowlist),
   * `false` on 401 (unknown, revoked, or expired: `api_key_expired`). An inactive or terminated account is
   * thrown (`account_inactive`, `account_terminated`: no key of it works, and rotating one would not help),
   * as is every other failure.
   */
  verifyKey(options?: RequestOptions): ApiPromise<boolean> {
    return settle(this.core.call(ops.listModels, {}, options), true, (error) => {
      if (error instanceof AuthenticationError) return false;
      if (error instanceof PermissionDeniedError && !error.code?.startsWith("account_")) return true;
      throw error;
    });
  }

  /**
   * The URL and credential for a Managed Voice Agent socket, in the documented `Token` format. The key
   * needs all three of `stt`, `tts` and `llm`, or the handshake is refused.
   *
   * @example
   * const { url, protocols } = callmissed.voiceAgentSocket("deepgram");
   * const socket = new WebSocket(url, protocols);
   */
  voiceAgentSocket(protocol: VoiceAgentProtocol = "callmissed"): VoiceAgentSocket {
    const path = Object.hasOwn(VOICE_AGENT_PATHS, protocol) ? VOICE_AGENT_PATHS[protocol] : undefined;
    if (!path) throw new TypeError(`voiceAgentSocket(protocol): expected "callmissed" or "deepgram", got ${JSON.stringify(protocol)}.`);
    // Appended, not resolved, so a base URL with a path (a proxy) keeps it.
    const url = new URL(this.#baseUrl.replace(/\/+$/, "") + path);
    url.protocol = url.protocol === "http:" ? "ws:" : "wss:";
    const key = this.#apiKey;
    const redacted = { url: url.href, protocols: ["token", "[redacted]"], headers: { Authorization: "Token [redacted]" } };
    const socket = { url: url.href, protocols: ["token", key] as [string, string], headers: { Authorization: `Token ${key}` } };
    Object.defineProperties(socket, {
      toJSON: { value: () => redacted },
      [INSPECT]: { value: () => redacted },
    });
    return socket;
  }
}
