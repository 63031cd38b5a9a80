import { describe, expectTypeOf, test } from "vitest";
import {
  requiredAccess,
  type CallMissedClient,
  type CallMissedClientOptions,
  type CallMissedErrorCode,
  type ResourceScope,
  type ServicePermission,
} from "../../src/callmissed/index.js";

describe("CallMissed types", () => {
  test("permissions and scopes are closed unions: a typo does not compile", () => {
    expectTypeOf<"email">().toExtend<ServicePermission>();
    expectTypeOf<"crm_timeline:read">().toExtend<ResourceScope>();
    // @ts-expect-error "lm" is not a permission
    const permission: ServicePermission = "lm";
    // @ts-expect-error there is no webhooks:read
    const scope: ResourceScope = "webhooks:read";
    void permission;
    void scope;
  });

  test("error codes are a union of the documented ones", () => {
    expectTypeOf<"api_key_expired">().toExtend<CallMissedErrorCode>();
    expectTypeOf<"token_expired">().not.toExtend<CallMissedErrorCode>();
  });

  test("requiredAccess gives typed permissions and scope", () => {
    expectTypeOf(requiredAccess("GET", "/v1/search")).toEqualTypeOf<{ permissions: ServicePermission[]; scope?: ResourceScope } | undefined>();
  });

  test("the token-provider option and the key API are gone", () => {
    // @ts-expect-error getAccessToken was removed with CallMissed's dashboard JWT
    const options: CallMissedClientOptions = { getAccessToken: () => "jwt" };
    void options;
    expectTypeOf<CallMissedClient>().not.toHaveProperty("apiKeys");
  });
});
