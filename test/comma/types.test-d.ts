import { describe, expectTypeOf, test } from "vitest";
import { requiredScopes, type CommaClient, type CommaPermissionDeniedError, type CommaScope } from "../../src/comma/index.js";

describe("Comma types", () => {
  test("plan caps and usage are open objects (field names undocumented), not Record<string, never>", () => {
    type Caps = Awaited<ReturnType<CommaClient["me"]["planCaps"]>>;
    type Usage = Awaited<ReturnType<CommaClient["me"]["usage"]>>;
    expectTypeOf<Caps["requestsPerMinute"]>().toEqualTypeOf<unknown>();
    expectTypeOf<Usage["reports"]>().toEqualTypeOf<unknown>();
  });

  test("requiredScopes.createReport is the literal reports:write", () => {
    expectTypeOf(requiredScopes.createReport).toEqualTypeOf<"reports:write">();
  });

  test("requiredScopes.updateSharing is the literal sharing", () => {
    expectTypeOf(requiredScopes.updateSharing).toEqualTypeOf<"sharing">();
  });

  test("every required scope is a CommaScope", () => {
    expectTypeOf<(typeof requiredScopes)[keyof typeof requiredScopes]>().toExtend<CommaScope>();
  });

  test("a misspelt scope is not a CommaScope", () => {
    expectTypeOf<"report:write">().not.toExtend<CommaScope>();
  });

  test("missingScope on a Comma 403 is typed as a CommaScope", () => {
    expectTypeOf<CommaPermissionDeniedError["missingScope"]>().toEqualTypeOf<CommaScope | undefined>();
  });
});
