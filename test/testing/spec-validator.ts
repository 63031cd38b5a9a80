/**
 * Checks that every response MSW sends during a test file matches our own spec: the status is one the
 * operation documents and the JSON body validates (ajv, JSON Schema 2020-12, as OpenAPI 3.1 uses).
 * This is what keeps the fakes in `vendor-auth/testing` from drifting away from the clients.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { parse } from "yaml";
import { INJECTED_HEADER } from "../../src/testing/kit.js";
import type { server as sharedServer } from "../msw.js";

type Vendor = "agentmail" | "communal" | "callmissed" | "comma";
type Json = Record<string, any>;

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  responses: Json;
}

/** A checker for one vendor's spec: returns the problems with one response, none when it conforms. */
export function createSpecChecker(vendor: Vendor) {
  const spec = parse(readFileSync(join(import.meta.dirname, "../../specs", `${vendor}.yaml`), "utf8")) as Json;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat("date-time", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/);
  ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat("email", /^[^\s@]+@[^\s@]+$/);
  ajv.addSchema({ ...spec, $id: "spec" });

  const serverPath = new URL((spec.servers as Json[])[0]!.url as string).pathname.replace(/\/$/, "");
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(spec.paths as Json)) {
    const regex = (serverPath + template).replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+");
    for (const method of ["get", "post", "put", "patch", "delete"]) {
      const operation = (item as Json)[method] as Json | undefined;
      if (operation) routes.push({ method, template, pattern: new RegExp(`${regex}$`), responses: operation.responses });
    }
  }
  // OpenAPI: a concrete path matches before a templated one (`/parent_programs/options` before `/{parent_program}`).
  routes.sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0));
  const resolve = (node: Json): Json => {
    let current = node;
    while (typeof current.$ref === "string") {
      current = (current.$ref as string)
        .slice(2)
        .split("/")
        .reduce((at: Json, part) => at[part.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
    }
    return current;
  };
  const validators = new Map<string, ReturnType<typeof ajv.compile>>();

  return async function check(request: Request, response: Response): Promise<string[]> {
    const url = new URL(request.url);
    const method = request.method.toLowerCase();
    const route = routes.find((r) => r.method === method && r.pattern.test(url.pathname));
    const where = `${request.method} ${url.pathname} -> ${response.status}`;
    if (!route) return [`${where}: no operation in specs/${vendor}.yaml matches`];
    const status = String(response.status);
    const matched = [status, `${status[0]}XX`, "default"].find((k) => route.responses[k] !== undefined);
    // A failure the test injected with failNext() may use any status; its body is still checked when documented.
    if (!matched && response.headers.has(INJECTED_HEADER)) return [];
    if (!matched) return [`${where}: status not documented for ${route.method.toUpperCase()} ${route.template}`];
    const documented = route.responses[matched] as Json;
    const schema = resolve(documented).content?.["application/json"]?.schema as Json | undefined;
    const text = await response.clone().text();
    if (!schema) return text === "" ? [] : [`${where}: a body was sent where the spec documents none`];
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return [`${where}: body is not JSON: ${text.slice(0, 80)}`];
    }
    const key = `${route.method} ${route.template} ${matched}`;
    let validate = validators.get(key);
    if (!validate) {
      const escapePart = (part: string) => part.replace(/~/g, "~0").replace(/\//g, "~1");
      const base =
        typeof documented.$ref === "string"
          ? (documented.$ref as string)
          : `#/${["paths", route.template, route.method, "responses", matched].map(escapePart).join("/")}`;
      validate = ajv.compile({ $ref: `spec${base}/content/application~1json/schema` });
      validators.set(key, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${where}: ${e.instancePath || "(body)"} ${e.message ?? "invalid"}`);
  };
}

/**
 * Validates every response the shared MSW server sends in this file against `vendor`'s spec, and fails
 * the test that produced a non-conforming one. Call next to `useMsw()`.
 */
export function useSpecValidation(server: typeof sharedServer, vendor: Vendor): { responsesChecked: () => number } {
  const check = createSpecChecker(vendor);
  const pending: Array<Promise<string[]>> = [];
  let checked = 0;
  const listener = ({ request, response }: { request: Request; response: Response }) => {
    checked += 1;
    pending.push(check(request, response));
  };
  beforeAll(() => {
    server.events.on("response:mocked", listener);
  });
  afterEach(async () => {
    const problems = (await Promise.all(pending.splice(0))).flat();
    expect(problems, "responses that do not match the spec").toEqual([]);
  });
  afterAll(() => {
    server.events.removeListener("response:mocked", listener);
  });
  return { responsesChecked: () => checked };
}
