/** The migration scenarios of the official SDK's documented calls on the auth endpoints, run on both SDKs. */
import { useMsw } from "../msw.js";
import { runScenarios } from "./harness.js";
import { callScenarios } from "./scenarios/calls.js";

useMsw();
runScenarios(callScenarios);
