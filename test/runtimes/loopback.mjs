/**
 * A server on 127.0.0.1 that answers with a `(Request) => Promise<Response>` handler, using the runtime's
 * own server API (Deno.serve, Bun.serve, node:http), so the client under test goes through the runtime's
 * real `fetch` and HTTP stack rather than an interceptor that replaces `fetch`.
 */

/** @returns {Promise<{ origin: string, close: () => Promise<void> }>} */
export async function startLoopback(handle) {
  const hostname = "127.0.0.1";
  if (globalThis.Deno) {
    const server = globalThis.Deno.serve({ hostname, port: 0, onListen() {} }, handle);
    return { origin: `http://${hostname}:${server.addr.port}`, close: () => server.shutdown() };
  }
  if (globalThis.Bun) {
    const server = globalThis.Bun.serve({ hostname, port: 0, fetch: handle });
    return { origin: `http://${hostname}:${server.port}`, close: async () => server.stop(true) };
  }
  const { createServer } = await import("node:http");
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const headers = new Headers();
    for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const request = new Request(`http://${req.headers.host}${req.url}`, {
      method: req.method,
      headers,
      body: hasBody ? Buffer.concat(chunks) : undefined,
    });
    const response = await handle(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise((resolve) => server.listen(0, hostname, resolve));
  return {
    origin: `http://${hostname}:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
