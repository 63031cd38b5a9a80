/**
 * Helpers every test file may share: how a failed call or constructor is caught and checked, every shape
 * the generated operation tables hold, and a script run in a fresh Node process.
 */
import { spawn } from "node:child_process";
import { expect } from "vitest";
import { operations as agentmail } from "../src/agentmail/generated/meta.js";
import { operations as callmissed } from "../src/callmissed/generated/meta.js";
import { operations as comma } from "../src/comma/generated/meta.js";
import { operations as communal } from "../src/communal/generated/meta.js";
import { ApiError } from "../src/core/errors.js";
import type { OperationMeta, Shape } from "../src/core/shape.js";

/** The error `call` rejects with; fails the test if it resolves or rejects with anything but `type`. */
export async function failure<E extends Error = ApiError>(
  call: Promise<unknown>,
  type: abstract new (...args: never[]) => E = ApiError as never,
): Promise<E> {
  const error = await call.then(
    () => expect.unreachable("the call should have failed"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  return error as E;
}

/** The error `create` throws; fails the test if it returns. */
export function thrown(create: () => unknown): Error {
  try {
    create();
  } catch (error) {
    return error as Error;
  }
  return expect.unreachable("it should have thrown");
}

/** Every distinct shape reachable from the request and response shapes of all four vendors' operations. */
export function allShapes(): Shape[] {
  const seen = new Set<Shape>();
  const visit = (shape: Shape | undefined): void => {
    if (!shape || seen.has(shape)) return;
    seen.add(shape);
    Object.values(shape.properties ?? {}).forEach(visit);
    visit(shape.items);
    visit(shape.map);
  };
  for (const ops of [agentmail, callmissed, comma, communal] as Array<Record<string, OperationMeta>>) {
    for (const op of Object.values(ops)) {
      visit(op.request);
      visit(op.response);
    }
  }
  return [...seen];
}

/** What a script run by {@link runScript} printed last (parsed as JSON), how it exited and when. */
export interface ScriptRun<T> {
  result: T;
  code: number | null;
  /** `Date.now()` when the process exited. */
  exitedAt: number;
}

/**
 * Runs `node [flags] --import tsx script ...args` in a fresh process and reads the JSON of its last stdout
 * line; kills it after `killAfterMs` so a hung child fails the test instead of stalling it.
 */
export function runScript<T>(script: string, args: string[], options: { flags?: string[]; killAfterMs: number }): Promise<ScriptRun<T>> {
  return new Promise((resolve, reject) => {
    const argv = [...(options.flags ?? []), "--import", "tsx", script, ...args];
    const child = spawn(process.execPath, argv, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const killer = setTimeout(() => child.kill("SIGKILL"), options.killAfterMs);
    child.on("error", reject);
    child.on("exit", (code) => {
      const exitedAt = Date.now();
      clearTimeout(killer);
      const line = stdout.trim().split("\n").pop();
      if (!line) return reject(new Error(`child printed nothing (exit ${code}): ${stderr}`));
      resolve({ result: JSON.parse(line) as T, code, exitedAt });
    });
  });
}

/**
 * A wire value that fits `shape`, with every property present (maps get a key that is not camelCase);
 * a property of no declared type gets `untyped`.
 */
export function sampleWire(shape: Shape, untyped: unknown): unknown {
  const sample = (s: Shape): unknown => sampleWire(s, untyped);
  if (shape.enum) return shape.enum[0];
  if (shape.map) return { "a map_key": sample(shape.map) };
  switch (shape.type) {
    case "object":
      return Object.fromEntries(Object.entries(shape.properties ?? {}).map(([key, child]) => [key, sample(child)]));
    case "array":
      return [sample(shape.items ?? {})];
    case "string":
      return "text";
    case "number":
      return 1.5;
    case "integer":
      return 2;
    case "boolean":
      return true;
    default:
      return untyped;
  }
}
