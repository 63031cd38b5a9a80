import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { diffSpecs } from "../../scripts/spec-diff.js";
import { RULES, type RuleId, type SpecChange } from "../../scripts/spec-diff/rules.js";
import { bumpFor, changesetFor, normalizeSpec, shortProse } from "../../scripts/spec-update.js";

const root = join(import.meta.dirname, "../..");
// Our spec as it was before the 2026-10-05 update (36 flags), kept as a fixture so these tests do not move with it.
const agentmail36 = parse(readFileSync(join(root, "test/fixtures/spec-update/agentmail-2026-08-03.yaml"), "utf8"));

/** AgentMail's permission set as the seed (SDK 0.4.11 -> 0.4.13) has it: 35 flags, with threads of their own. */
function agentmail35(): Record<string, any> {
  const doc = structuredClone(agentmail36);
  const current = doc.components.schemas.ApiKeyPermissions.properties as Record<string, unknown>;
  const old: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(current)) {
    if (key === "message_read") Object.assign(old, { thread_read: { type: "boolean" }, thread_delete: { type: "boolean" } });
    if (!["message_delete", "label_unauthenticated_read", "api_key_update"].includes(key)) old[key] = value;
  }
  doc.components.schemas.ApiKeyPermissions.properties = old;
  return doc;
}

describe("AgentMail permissions 35 -> 36", () => {
  const changes = diffSpecs(agentmail35(), agentmail36);

  test("the old fixture really has the seed's 35 flags", () => {
    expect(Object.keys(agentmail35().components.schemas.ApiKeyPermissions.properties)).toHaveLength(35);
  });

  test("reports exactly the five field changes, the two removals as breaking", () => {
    const named = changes.map((change) => [change.kind, change.message]);
    expect(named).toEqual(
      expect.arrayContaining([
        ["breaking", expect.stringContaining("ApiKeyPermissions.threadRead` was removed")],
        ["breaking", expect.stringContaining("ApiKeyPermissions.threadDelete` was removed")],
        ["non-breaking", expect.stringContaining("ApiKeyPermissions.messageDelete` was added")],
        ["non-breaking", expect.stringContaining("ApiKeyPermissions.labelUnauthenticatedRead` was added")],
        ["non-breaking", expect.stringContaining("ApiKeyPermissions.apiKeyUpdate` was added")],
      ]),
    );
    expect(changes).toHaveLength(5);
  });

  test("the changeset is a major bump that names the fields as users spell them", () => {
    expect(bumpFor(changes)).toBe("major");
    const text = changesetFor("agentmail", changes, "Threads now use the message* permissions.");
    expect(text).toMatch(/^---\n"vendor-auth": major\n---/);
    expect(text).toContain("`ApiKeyPermissions.threadRead` was removed");
    expect(text).toContain("`ApiKeyPermissions.labelUnauthenticatedRead` was added");
    expect(text).toContain("Threads now use the message* permissions.");
  });
});

describe("bumpFor", () => {
  const finding = (rule: RuleId): SpecChange => {
    const { level } = RULES[rule];
    return { kind: level === "breaking" ? "breaking" : "non-breaking", level, rule, location: "info", pointer: "", message: rule };
  };
  const expected = (rule: RuleId) => (RULES[rule].level === "breaking" ? "major" : rule === "docs-changed" ? "patch" : "minor");

  test.each(Object.keys(RULES) as RuleId[])("follows the level of %s", (rule) => {
    expect(bumpFor([finding(rule)])).toBe(expected(rule));
    // Prose changes alongside never lower the bump.
    expect(bumpFor([finding("docs-changed"), finding(rule)])).toBe(expected(rule));
  });

  test("before 1.0 a breaking change is minor (semver's 0.x rule), from 1.0 on it is major", () => {
    const breaking = [finding("parameter-removed")];
    expect(bumpFor(breaking, "0.1.0")).toBe("minor");
    expect(bumpFor(breaking, "0.0.0")).toBe("minor");
    expect(bumpFor(breaking, "1.0.0")).toBe("major");
    expect(bumpFor(breaking, "10.2.0")).toBe("major");
    expect(bumpFor([finding("docs-changed")], "0.1.0")).toBe("patch");
    expect(changesetFor("agentmail", breaking, undefined, "0.1.0")).toMatch(/^---\n"vendor-auth": minor\n---/);
  });

  test("a warning or a loosened rule is minor, not patch; one breaking change makes it major", () => {
    expect(bumpFor([finding("response-constraint-loosened")])).toBe("minor");
    expect(bumpFor([finding("request-constraint-loosened")])).toBe("minor");
    expect(bumpFor([finding("operation-id-changed")])).toBe("minor");
    expect(bumpFor([finding("response-field-added"), finding("parameter-removed")])).toBe("major");
    expect(bumpFor([])).toBe("patch");
  });

  test("is minor for additions only and patch for docs only", () => {
    const added = diffSpecs(
      structuredClone(agentmail36),
      (() => {
        const doc = structuredClone(agentmail36);
        doc.components.schemas.Identity.properties.region = { type: "string" };
        return doc;
      })(),
    );
    expect(bumpFor(added)).toBe("minor");
    const docs = diffSpecs(
      structuredClone(agentmail36),
      (() => {
        const doc = structuredClone(agentmail36);
        doc.paths["/v0/auth/me"].get.summary = "Who is this key?";
        return doc;
      })(),
    );
    expect(docs.map((change) => change.rule)).toEqual(["docs-changed"]);
    expect(bumpFor(docs)).toBe("patch");
  });
});

describe("normalizeSpec", () => {
  const incoming = structuredClone(agentmail36);
  // What a vendor document looks like next to ours: other operations, its own prose and ids, other key order.
  incoming.paths["/v0/inboxes"] = { get: { operationId: "inboxes_list", responses: { "200": { description: "ok" } } } };
  incoming.components.schemas.Inbox = { type: "object", properties: { inbox_id: { type: "string" } } };
  const signUp = incoming.paths["/v0/agent/sign-up"].post;
  signUp.operationId = "agent_sign_up";
  delete signUp["x-idempotent"];
  signUp.description = "The vendor's long text. It goes on for a while.";
  incoming.components.schemas.Identity.properties.region = {
    type: "string",
    description: "The region of the organization. It has more sentences that we do not keep in our spec.",
  };
  incoming.paths = Object.fromEntries(Object.entries(incoming.paths).reverse());
  const { doc, dropped } = normalizeSpec(incoming, agentmail36);

  test("keeps only the operations the SDK covers and the schemas they reach", () => {
    expect(dropped).toEqual(["GET /v0/inboxes"]);
    expect(doc.paths["/v0/inboxes"]).toBeUndefined();
    expect(doc.components.schemas.Inbox).toBeUndefined();
    expect(doc.components.schemas.ApiKeyPermissions).toBeDefined();
  });

  test("keeps our operationIds, x- extensions, prose and key order", () => {
    const op = doc.paths["/v0/agent/sign-up"].post;
    expect(op.operationId).toBe("signUp");
    expect(op["x-idempotent"]).toBe(true);
    expect(op.description).toBe(agentmail36.paths["/v0/agent/sign-up"].post.description);
    expect(Object.keys(doc.paths)).toEqual(Object.keys(agentmail36.paths));
    expect(Object.keys(doc)).toEqual(Object.keys(agentmail36));
  });

  test("reduces new vendor prose to its first sentence", () => {
    expect(doc.components.schemas.Identity.properties.region.description).toBe("The region of the organization.");
    expect(shortProse("x".repeat(200))).toHaveLength(120);
  });

  test("a normalised copy of our own spec diffs as unchanged", () => {
    expect(diffSpecs(agentmail36, normalizeSpec(structuredClone(agentmail36), agentmail36).doc)).toEqual([]);
  });
});
