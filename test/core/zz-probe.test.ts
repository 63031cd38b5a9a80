import { http, HttpResponse } from "msw";
import { afterEach, expect, test, vi } from "vitest";
import { AgentMailClient } from "../../src/agentmail/index.js";
import { createRecorder, server, useMsw } from "../msw.js";
useMsw();
afterEach(() => { vi.useRealTimers(); });
test("probe", async () => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
  const { requests, record } = createRecorder();
  let n = 0;
  server.use(http.get("https://api.agentmail.to/v0/auth/me", record(() => (n++ === 0 ? new HttpResponse(null, { status: 429, headers: { "retry-after": "1" } }) : HttpResponse.json({ scope_type: "organization", scope_id: "o", organization_id: "o" })))));
  const client = new AgentMailClient({ apiKey: "am_test" });
  const p = client.auth.me();
  await vi.advanceTimersByTimeAsync(999);
  expect(requests.length).toBe(1);
  await vi.advanceTimersByTimeAsync(1);
  expect(requests.length).toBe(2);
  await expect(p).resolves.toMatchObject({ scopeType: "organization" });
});
