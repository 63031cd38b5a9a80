/** Every scenario group; table.test.ts checks them against MIGRATING.md, one test file runs each group. */
import { callScenarios } from "./calls.js";
import { errorScenarios } from "./errors.js";
import { nameScenarios } from "./names.js";
import { optionScenarios } from "./options.js";

export const groups = { calls: callScenarios, errors: errorScenarios, names: nameScenarios, options: optionScenarios } as const;
