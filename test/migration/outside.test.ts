/** The differences MIGRATING.md lists outside its table ("Differences outside the table"), held to what it says. */
import { expect, test } from "vitest";
import * as wire from "../fixtures/migration/wire.js";
import { useMsw } from "../msw.js";
import { KEY, official, ours, run } from "./harness.js";

useMsw();

test("a response field newer than the SDK: passed through as sent by the official SDK, camelCase in ours", async () => {
  const script = () => ({ body: { ...wire.bearerKey, new_field: { nested_key: 1 } } });
  const theirs = await run(script, () => new official.AgentMailClient({ apiKey: KEY }).apiKeys.get("ak_1"));
  const mine = await run(script, () => new ours.AgentMailClient({ apiKey: KEY }).apiKeys.get("ak_1"));
  expect(theirs.result).toMatchObject({ new_field: { nested_key: 1 } });
  expect(mine.result).toMatchObject({ newField: { nestedKey: 1 } });
  expect(mine.result).not.toHaveProperty("new_field");
});
