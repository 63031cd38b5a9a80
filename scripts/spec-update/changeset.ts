/** The changeset a spec update writes, and the parts of its report that are spec-update's own. */
import type { SpecChange } from "../spec-diff/index.js";

const camel = (name: string): string => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** A change in the words a user of the SDK reads: camelCase names, as the SDK spells them. */
export function describeForUsers(change: SpecChange): string {
  return change.message.replace(/`([^`]+)`/g, (_, name: string) => `\`${name.split(".").map(camel).join(".")}\``);
}

/**
 * The semver bump the changes call for, from their levels alone (rule names say nothing about it): any
 * `breaking` is major; any warning, and any info change other than prose (an addition, a relaxed rule, a
 * deprecation), is minor, since it changes what a user can do or should check; prose only is a patch.
 * Before 1.0 (`version` 0.x) a breaking change is minor: semver lets 0.x minors break, and a major would
 * jump the package to 1.0.0 by accident. Without `version`, the package is taken to be 1.0 or later.
 */
export function bumpFor(changes: readonly SpecChange[], version?: string): "major" | "minor" | "patch" {
  if (changes.some((change) => change.level === "breaking")) return version?.startsWith("0.") ? "minor" : "major";
  return changes.some((change) => change.level === "warning" || change.rule !== "docs-changed") ? "minor" : "patch";
}

/** The changeset file for a spec update; `version` is the package's current one (see {@link bumpFor}). */
export function changesetFor(vendor: string, changes: readonly SpecChange[], note?: string, version?: string): string {
  const bump = bumpFor(changes, version);
  const lines = (keep: (change: SpecChange) => boolean) =>
    changes.filter((change) => keep(change) && change.rule !== "docs-changed").map((change) => `- ${describeForUsers(change)}`);
  const breaking = lines((change) => change.kind === "breaking");
  // Warnings are not additions: a loosened response constraint can still surprise code that relied on it.
  const warnings = lines((change) => change.kind !== "breaking" && change.level === "warning");
  const other = lines((change) => change.kind !== "breaking" && change.level !== "warning");
  const docs = changes.filter((change) => change.rule === "docs-changed").length;
  let body = `Update the ${vendor} client to the vendor's latest API description.\n`;
  if (note) body += `\n${note}\n`;
  if (breaking.length) body += `\nBreaking:\n\n${breaking.join("\n")}\n`;
  if (warnings.length) body += `\nWorth checking in your code:\n\n${warnings.join("\n")}\n`;
  if (other.length) body += `\nAdded or relaxed:\n\n${other.join("\n")}\n`;
  if (docs) body += `\n${docs} description or example change${docs > 1 ? "s" : ""}.\n`;
  return `---\n"vendor-auth": ${bump}\n---\n\n${body}`;
}

/** The `Not covered yet` part of the report. */
export function formatNotCovered(notCovered: readonly string[]): string {
  const lines = notCovered.length ? notCovered.map((name) => `- ${name}`) : ["  (none)"];
  return [`Not covered yet (${notCovered.length}): vendor operations inside the paths and tags the SDK covers`, ...lines].join("\n");
}
