/** Client and request options, environments, retries, timeouts, aborts and raw responses, on both SDKs. */
import { useMsw } from "../msw.js";
import { runScenarios } from "./harness.js";
import { optionScenarios } from "./scenarios/options.js";

useMsw();
runScenarios(optionScenarios);
