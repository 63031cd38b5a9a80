/** Helpers every test file may share: how a failed call or constructor is caught and checked. */
import { expect } from "vitest";
import { ApiError } from "../src/core/errors.js";

/** The error `call` rejects with; fails the test if it resolves or rejects with anything but `type`. */
export async function failure<E extends Error = ApiError>(call: Promise<unknown>, type: abstract new (...args: never[]) => E = ApiError as never): Promise<E> {
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
