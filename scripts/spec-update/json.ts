/** The loose JSON type spec-update works in: vendor documents are read as they come, checked where used. */
export type Json = Record<string, any>;

/** Description fields: prose a maintainer words, never a fact about the API. */
export const PROSE = new Set(["description", "summary"]);
