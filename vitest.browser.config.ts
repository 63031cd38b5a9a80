/**
 * The runtime scenario (test/runtimes/scenario.mjs) in headless Chromium, against the built package that
 * test/runtimes/run.mjs installs into test/runtimes/node_modules. Run it with `npm run test:runtime:browser`.
 * Chromium is the system's (Debian's /usr/bin/chromium, or CHROMIUM_PATH): Playwright downloads no browser.
 */
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Serves test/runtimes/public/mockServiceWorker.js at /mockServiceWorker.js for MSW's setupWorker.
  publicDir: "test/runtimes/public",
  // Load the package's dist files as published rather than pre-bundled by Vite.
  optimizeDeps: { exclude: ["vendor-auth"], include: ["msw", "msw/browser"] },
  test: {
    include: ["test/runtimes/browser.mjs"],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          // Without these Chromium reaches for Google's services at start, which a closed network refuses.
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      }),
      instances: [{ browser: "chromium" }],
    },
  },
});
