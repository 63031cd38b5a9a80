/**
 * The rule table: every finding spec:diff can report, with its level and family. RULES.md beside this file
 * says why each level is what it is for an SDK user, and where we rate differently from oasdiff.
 */

/**
 * `breaking`: code that compiled and worked against the previous SDK stops compiling, fails our runtime input
 * check, or gets a different result from the API. `warning`: may break some callers; a human must look.
 * `info`: additive or documentation-only.
 */
export type Level = "breaking" | "warning" | "info";

/** The part of a document a rule looks at; one module in scripts/spec-diff/ per family. */
export type Family = "paths" | "parameters" | "bodies" | "responses" | "security" | "constraints";

const rule = (level: Level, family: Family) => ({ level, family });

/** Every rule spec:diff reports: id -> level and family. Ids are stable; a renamed id is a breaking change. */
export const RULES = {
  "path-removed": rule("breaking", "paths"),
  "operation-removed": rule("breaking", "paths"),
  "operation-added": rule("info", "paths"),
  "path-parameter-renamed": rule("warning", "paths"),
  "operation-id-changed": rule("warning", "paths"),
  "operation-deprecated": rule("info", "paths"),
  "docs-changed": rule("info", "paths"),

  "required-parameter-added": rule("breaking", "parameters"),
  "optional-parameter-added": rule("info", "parameters"),
  "parameter-removed": rule("breaking", "parameters"),
  "parameter-became-required": rule("breaking", "parameters"),
  "parameter-became-optional": rule("info", "parameters"),

  "required-request-field-added": rule("breaking", "bodies"),
  "optional-request-field-added": rule("info", "bodies"),
  "request-field-became-required": rule("breaking", "bodies"),
  "request-field-became-optional": rule("info", "bodies"),
  "request-field-removed": rule("breaking", "bodies"),
  "request-field-became-read-only": rule("warning", "bodies"),
  "request-type-changed": rule("breaking", "bodies"),
  "request-type-widened": rule("info", "bodies"),
  "request-enum-value-removed": rule("breaking", "bodies"),
  "request-enum-value-added": rule("info", "bodies"),
  "request-variant-removed": rule("breaking", "bodies"),
  "request-variant-added": rule("info", "bodies"),
  "request-default-changed": rule("warning", "bodies"),
  "request-media-type-removed": rule("breaking", "bodies"),
  "request-media-type-added": rule("info", "bodies"),
  "media-type-renamed": rule("warning", "bodies"),
  "response-field-removed": rule("breaking", "bodies"),
  "response-field-added": rule("info", "bodies"),
  "response-field-became-optional": rule("breaking", "bodies"),
  "response-field-became-required": rule("info", "bodies"),
  "response-field-became-nullable": rule("breaking", "bodies"),
  "response-field-became-write-only": rule("breaking", "bodies"),
  "response-type-changed": rule("breaking", "bodies"),
  "response-type-narrowed": rule("info", "bodies"),
  "response-enum-value-added": rule("breaking", "bodies"),
  "response-enum-value-removed": rule("info", "bodies"),
  "response-variant-added": rule("breaking", "bodies"),
  "response-variant-removed": rule("info", "bodies"),

  "success-status-removed": rule("breaking", "responses"),
  "success-status-added": rule("info", "responses"),
  "non-success-status-removed": rule("warning", "responses"),
  "non-success-status-added": rule("info", "responses"),
  "response-media-type-removed": rule("breaking", "responses"),
  "response-media-type-added": rule("info", "responses"),
  "response-header-removed": rule("breaking", "responses"),
  "response-optional-header-removed": rule("warning", "responses"),
  "response-header-became-optional": rule("breaking", "responses"),
  "response-header-added": rule("info", "responses"),
  "response-header-became-required": rule("info", "responses"),

  "security-requirement-added": rule("breaking", "security"),
  "security-requirement-relaxed": rule("info", "security"),
  "security-scheme-changed": rule("breaking", "security"),

  "request-constraint-tightened": rule("breaking", "constraints"),
  "request-constraint-loosened": rule("info", "constraints"),
  "response-constraint-loosened": rule("warning", "constraints"),
  "response-constraint-tightened": rule("info", "constraints"),
} as const satisfies Record<string, { level: Level; family: Family }>;

/** The id of one of {@link RULES}. */
export type RuleId = keyof typeof RULES;

/** The older two-way split, kept for the semver bump: `breaking` exactly when the level is. */
export type ChangeKind = "breaking" | "non-breaking";

/** One difference between two API documents. */
export interface SpecChange {
  /** `breaking` when {@link level} is; everything else is `non-breaking`. */
  kind: ChangeKind;
  level: Level;
  rule: RuleId;
  /**
   * `METHOD /path detail` (e.g. `POST /keys requestBody.permissions.inbox_read`), a component pointer
   * (`#/components/schemas/X/properties/y`), `/path`, `security` (global) or `info`.
   */
  location: string;
  /** JSON pointer to the changed node: in the new document, or in the old one for a removal. */
  pointer: string;
  message: string;
  /** For a change in a shared component or the global security: the operations affected. */
  operations?: string[];
}
