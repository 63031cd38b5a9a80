/**
 * A check runner and assertion kit that need nothing but the language, so the scenario runs unchanged on
 * Node, Deno, Bun and in a browser. A check that makes no assertion fails: every check must be able to.
 */

/** A failed assertion. */
export class CheckFailure extends Error {
  name = "CheckFailure";
}

/** Deep equality of JSON-like values: primitives, arrays and plain objects (key order ignored). */
export function deepEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
}

const show = (value) => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

/** Assertions that count themselves, for one check. */
export function createAssert() {
  let count = 0;
  return {
    get count() {
      return count;
    },
    /** `actual` deep-equals `expected`. */
    equal(actual, expected, what) {
      count++;
      if (!deepEqual(actual, expected)) throw new CheckFailure(`${what}: expected ${show(expected)}, got ${show(actual)}`);
    },
    /** `value` is truthy. */
    ok(value, what) {
      count++;
      if (!value) throw new CheckFailure(what);
    },
    /** `promise` rejects; returns the reason. */
    async rejects(promise, what) {
      count++;
      const outcome = await promise.then(
        (value) => ({ value }),
        (error) => ({ error }),
      );
      if (!("error" in outcome)) throw new CheckFailure(`${what}: expected a rejection, got ${show(outcome.value)}`);
      return outcome.error;
    },
  };
}

/**
 * Wraps a check body `(assert) => Promise<void>` into a plain async function that throws when an
 * assertion fails, when the body made none, or when it runs past `timeoutMs`.
 */
export function check(name, body, timeoutMs = 15_000) {
  return {
    name,
    async run() {
      const assert = createAssert();
      let timer;
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new CheckFailure(`timed out after ${timeoutMs} ms`)), timeoutMs);
      });
      try {
        await Promise.race([body(assert), timeout]);
      } finally {
        clearTimeout(timer);
      }
      if (assert.count === 0) throw new CheckFailure("the check made no assertion");
    },
  };
}

/**
 * Runs checks one after another, printing one line each and then `N passed, N failed` alone on a line.
 * @returns {Promise<{ passed: number, failed: number }>}
 */
export async function runChecks(checks, { title, print = (line) => console.log(line) } = {}) {
  if (title) print(title);
  let passed = 0;
  let failed = 0;
  for (const { name, run } of checks) {
    const started = Date.now();
    try {
      await run();
      passed++;
      print(`  ok    ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      const reason = error instanceof CheckFailure ? error.message : (error?.stack ?? String(error));
      print(`  FAIL  ${name}: ${reason}`);
    }
  }
  print(`${passed} passed, ${failed} failed`);
  return { passed, failed };
}
