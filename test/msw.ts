/**
 * The one MSW server every test file shares, and a recorder for asserting what went over the wire.
 * Call `useMsw()` at the top of a test file; add handlers per test with `server.use(...)`.
 */
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";

/** The shared MSW server. Unhandled requests fail the test (see {@link useMsw}). */
export const server = setupServer();

/** Starts the shared server for this file, resets its handlers after each test and closes it afterwards. */
export function useMsw(): typeof server {
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** One request as a handler saw it. */
export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The parsed JSON body; the raw text when it is not JSON; `undefined` when there is none. */
  body: unknown;
}

/**
 * Records every request that reaches the resolvers it wraps.
 *
 * @example
 * const { requests, record } = createRecorder();
 * server.use(http.get(url, record(() => HttpResponse.json({ ok: true }))));
 * expect(requests[0]?.headers.get("authorization")).toBe("Bearer am_x");
 */
export function createRecorder() {
  const requests: RecordedRequest[] = [];
  function record<Info extends { request: Request }, Result>(resolver: (info: Info) => Result) {
    return async (info: Info): Promise<Awaited<Result>> => {
      requests.push(await snapshot(info.request));
      return await resolver(info);
    };
  }
  return { requests, record };
}

/** Answers every request with 418 and records it, so a test can prove that nothing was sent. */
export function catchAll(): RecordedRequest[] {
  const { requests, record } = createRecorder();
  server.use(
    http.all(
      "*",
      record(() => new HttpResponse(null, { status: 418 })),
    ),
  );
  return requests;
}

/**
 * Serves `GET url` one page at a time: the page named by the `param` query value (`""` when it is absent),
 * a 418 for any other, so a client asking for a page it was never told of fails. Returns the requests.
 */
export function servePages(url: string, param: string, pages: Record<string, object>): RecordedRequest[] {
  const { requests, record } = createRecorder();
  server.use(
    http.get(
      url,
      record(({ request }) => {
        const page = pages[new URL(request.url).searchParams.get(param) ?? ""];
        return page ? HttpResponse.json(page) : new HttpResponse(null, { status: 418 });
      }),
    ),
  );
  return requests;
}

async function snapshot(request: Request): Promise<RecordedRequest> {
  const text = await request.clone().text();
  let body: unknown = text || undefined;
  try {
    if (text) body = JSON.parse(text);
  } catch {
    // Not JSON: keep the text.
  }
  return { method: request.method, url: new URL(request.url), headers: new Headers(request.headers), body };
}
