/**
 * `vendor-auth/testing`: stateful MSW fakes of each vendor's auth API for your own integration tests.
 * Requires `msw` (a peer dependency of this entry only; the client entries never import it).
 *
 * @example
 * const agentmail = createAgentMailFake();
 * server.use(...agentmail.handlers);
 */
export { createClock, INJECTED_HEADER, type Fake, type FailureOptions, type FakeClock } from "./kit.js";
export {
  createAgentMailFake,
  type AgentMailFake,
  type AgentMailFakeKey,
  type AgentMailFakeOptions,
  type AgentMailFakeOrganization,
  type AgentMailFakeScope,
  type AgentMailFakeState,
} from "./fakes/agentmail.js";
export {
  createCommunalFake,
  type CommunalFake,
  type CommunalFakeOptions,
  type CommunalFakeParentProgram,
  type CommunalFakeState,
  type CommunalFakeUser,
  type CommunalFakeVersions,
} from "./fakes/communal.js";
export {
  createCallMissedFake,
  type CallMissedFake,
  type CallMissedFakeKey,
  type CallMissedFakeKeyOptions,
  type CallMissedFakeOptions,
  type CallMissedFakeState,
} from "./fakes/callmissed.js";
export {
  createCommaFake,
  type CommaFake,
  type CommaFakeComment,
  type CommaFakeOptions,
  type CommaFakeReport,
  type CommaFakeReportSeed,
  type CommaFakeReview,
  type CommaFakeRevision,
  type CommaFakeState,
  type CommaFakeToken,
  type CommaFakeTokenOptions,
} from "./fakes/comma.js";
