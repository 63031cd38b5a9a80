/** `msw.ts` for the CommonJS build (no top-level await there): the same check with a `require`. */
import { mswMissing } from "./peer.js";

let msw: typeof import("msw");
try {
  msw = require("msw") as typeof import("msw");
} catch (cause) {
  throw mswMissing(cause);
}

export const { http, HttpResponse } = msw;
