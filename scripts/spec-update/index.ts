/**
 * spec:update as a library: normalise a vendor document into our spec's layout and write the changeset
 * its diff calls for. The CLI is in cli.ts.
 */
export { deepMerge, shortProse } from "./align.js";
export { bumpFor, changesetFor, describeForUsers, formatNotCovered } from "./changeset.js";
export { type Normalized, normalizeSpec, refuseStubs } from "./normalize.js";
