/**
 * The only module of `vendor-auth/testing` that loads `msw` at run time. A static import would fail
 * before any of our code runs, with a bare "Cannot find module 'msw'"; the dynamic import lets us name
 * the missing peer. The CommonJS build swaps in `msw.cjs.ts` (tsup.config.ts), which `require`s it.
 */
import { mswMissing } from "./peer.js";

const msw = await import("msw").catch((cause: unknown) => {
  throw mswMissing(cause);
});

export const { http, HttpResponse } = msw;
