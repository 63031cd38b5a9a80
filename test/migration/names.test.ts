/** Exported names, uncovered resources and differently spelled body and result fields. */
import { useMsw } from "../msw.js";
import { runScenarios } from "./harness.js";
import { nameScenarios } from "./scenarios/names.js";

useMsw();
runScenarios(nameScenarios);
