// Generated from specs/agentmail.yaml by scripts/generate.ts; do not edit.
export type { components, operations, paths } from "./types.js";
/** Every object schema of the spec as a named camelCase interface, each field documented. */
export type * as schemas from "./models.js";
