/** The text report: one section per level, one line per change. */
import type { Level, SpecChange } from "./rules.js";

const SECTIONS: ReadonlyArray<[Level, string]> = [
  ["breaking", "Breaking changes"],
  ["warning", "Warnings"],
  ["info", "Other changes"],
];

function formatLine(change: SpecChange): string {
  const usedBy = change.operations?.length ? ` (used by ${change.operations.join(", ")})` : "";
  return `- ${change.location}: ${change.message}${usedBy} [${change.rule}]`;
}

/** Renders changes as text: breaking, then warnings, then the rest, each with its count. */
export function formatReport(changes: readonly SpecChange[]): string {
  const sections = SECTIONS.map(([level, title]) => {
    const matching = changes.filter((c) => c.level === level);
    const lines = matching.length > 0 ? matching.map(formatLine) : ["  (none)"];
    return [`${title} (${matching.length})`, ...lines].join("\n");
  });
  return `${sections.join("\n\n")}\n`;
}
