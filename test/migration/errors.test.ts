/** Errors, their classes and fields, on both SDKs. */
import { useMsw } from "../msw.js";
import { runScenarios } from "./harness.js";
import { errorScenarios } from "./scenarios/errors.js";

useMsw();
runScenarios(errorScenarios);
