import { describe, expect, test } from "vitest";
import { changesetFor } from "../../scripts/spec-update.js";
import type { SpecChange } from "../../scripts/spec-diff/index.js";

const change = (level: SpecChange["level"], message: string, rule = "response-field-added"): SpecChange =>
  ({ kind: level === "breaking" ? "breaking" : "non-breaking", level, rule, location: "x", pointer: "/x", message }) as SpecChange;

describe("changesetFor", () => {
  test("lists warnings in their own section, not among additions", () => {
    const text = changesetFor("communal", [
      change("breaking", "`a_b` may now be null", "response-field-became-nullable"),
      change("warning", "`c_d` format changed", "response-constraint-loosened"),
      change("info", "`e_f` was added"),
    ]);
    expect(text).toContain("Breaking:\n\n- `aB` may now be null\n");
    expect(text).toContain("Worth checking in your code:\n\n- `cD` format changed\n");
    expect(text).toContain("Added or relaxed:\n\n- `eF` was added\n");
    expect(text.indexOf("`cD`")).toBeLessThan(text.indexOf("Added or relaxed"));
  });
});
