/**
 * The scenario in a real browser (vitest browser mode, vitest.browser.config.ts): one vitest test per
 * check. MSW's service worker (test/runtimes/public/mockServiceWorker.js, from `npx msw init`) answers for
 * the vendors' real hosts, so the clients keep their default base URLs and the page's own `fetch` sends
 * every request, cross-origin, as it would in an application.
 */
import { http } from "msw";
import { setupWorker } from "msw/browser";
import { afterAll, beforeAll, test } from "vitest";
import { createChecks, defaultServers } from "./scenario.mjs";

const hosts = defaultServers.map((server) => new URL(server).origin);

let handler = async () => new Response("no handler", { status: 500 });
// Only the vendors' hosts: everything else (vitest's own module requests) passes through untouched.
const worker = setupWorker(...hosts.map((host) => http.all(`${host}/*`, ({ request }) => handler(request))));

beforeAll(async () => {
  await worker.start({ serviceWorker: { url: "/mockServiceWorker.js" }, onUnhandledRequest: "bypass", quiet: true });
});
afterAll(() => worker.stop());

const mock = {
  baseUrl: () => undefined,
  serve: (next) => {
    handler = next;
  },
};

for (const { name, run } of createChecks(mock)) test(name, run);
