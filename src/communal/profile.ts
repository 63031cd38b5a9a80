/**
 * What is Communal's own: its key rule and servers (its keys carry no prefix), the API version header
 * (pinned to the spec's version unless told otherwise), deprecation notices read from every response, and the supported versions named on a 400.
 */
import { KEY_RULES } from "../core/credentials.js";
import { keyedErrors } from "../core/envelopes.js";
import type { ErrorReader } from "../core/errors.js";
import type { VendorOptions, VendorProfile } from "../core/vendor.js";
import { servers } from "./generated/meta.js";

/**
 * The Communal API version this SDK was generated from (specs/communal.yaml), sent unless `apiVersion` says
 * otherwise. Communal's 2026-08-25 document names it the server default too.
 */
export const DEFAULT_API_VERSION = "2026-08-25";

/** What the server said about a deprecated API version. */
export interface DeprecationNotice {
  /** The version that is deprecated. */
  version: string;
  /** The server's `X-Api-Version-Warning`, if sent. */
  warning: string | undefined;
  /** The server's `Sunset` date, after which the version answers 400. */
  sunset: string | undefined;
}

/** The options only Communal takes (documented on `CommunalClientOptions`). */
export interface CommunalOwnOptions extends VendorOptions {
  apiVersion?: string;
  onDeprecation?: (notice: DeprecationNotice) => void;
}

function warnDeprecation(notice: DeprecationNotice): void {
  console.warn(
    `[vendor-auth] Communal API version ${notice.version} is deprecated` +
      `${notice.sunset ? ` (sunset ${notice.sunset})` : ""}. ${notice.warning ?? ""} Set apiVersion to a current version.`,
  );
}

// An unsupported version answers 400 {message, supported_versions}: say which ones to use.
const readVersionError: ErrorReader = (details, body, status) => {
  const versions = (body as { supported_versions?: unknown } | null)?.supported_versions;
  if (status !== 400 || !Array.isArray(versions)) return undefined;
  return { message: `${details.message} Supported versions: ${versions.join(", ")}. Set apiVersion to one of them` };
};

/** Reports each deprecated version once per client. */
function deprecationReporter({ apiVersion, onDeprecation = warnDeprecation }: CommunalOwnOptions): (response: Response) => void {
  const reported = new Set<string>();
  return (response) => {
    const warning = response.headers.get("x-api-version-warning") ?? undefined;
    const sunset = response.headers.get("sunset") ?? undefined;
    if (!warning && !sunset) return;
    const version = response.headers.get("x-api-version") ?? apiVersion ?? DEFAULT_API_VERSION;
    if (reported.has(version)) return;
    reported.add(version);
    onDeprecation({ version, warning, sunset });
  };
}

/** Communal as the core sees it. */
export const profile: VendorProfile<CommunalOwnOptions> = {
  key: KEY_RULES.communal,
  servers,
  credentialRequired: "construction",
  options: { apiVersion: "string", onDeprecation: "function" },
  // Pinned by default too: a new server default must not change responses under the generated types.
  headers: ({ apiVersion }) => ({ "X-Api-Version": apiVersion ?? DEFAULT_API_VERSION }),
  onResponse: deprecationReporter,
  // Laravel: `{message}`, a 422 adding `errors: {field: string[]}`.
  errorEnvelopes: [keyedErrors],
  readError: readVersionError,
};
