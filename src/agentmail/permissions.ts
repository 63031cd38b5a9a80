import type { ApiKeyPermissions } from "./generated/models.js";

// A generated interface (not Camelize<...>), so hovers name it and show each flag's spec description.
export type { ApiKeyPermissions };

/**
 * Reads everything, including spam, blocked, unauthenticated and trash, and changes nothing
 * (AgentMail's documented "read-only key").
 */
export const readOnlyPermissions = /* @__PURE__ */ Object.freeze({
  inboxRead: true,
  messageRead: true,
  draftRead: true,
  webhookRead: true,
  domainRead: true,
  listEntryRead: true,
  metricsRead: true,
  apiKeyRead: true,
  podRead: true,
  labelSpamRead: true,
  labelBlockedRead: true,
  labelUnauthenticatedRead: true,
  labelTrashRead: true,
  calendarRead: true,
  calendarEventRead: true,
} satisfies ApiKeyPermissions);

/**
 * Everything except seeing spam, blocked, unauthenticated and trash messages (AgentMail's documented
 * "no-spam key", for agents that should never process unwanted mail). Like the vendor's preset it leaves
 * out `messageReply`, `appConnect`, `appShareOwner` and `accountUpdate`, which a whitelist then denies:
 * add them when the agent signs in to apps.
 */
export const noSpamPermissions = /* @__PURE__ */ Object.freeze({
  inboxRead: true,
  inboxCreate: true,
  inboxUpdate: true,
  inboxDelete: true,
  messageRead: true,
  messageSend: true,
  messageUpdate: true,
  messageDelete: true,
  labelSpamRead: false,
  labelBlockedRead: false,
  labelUnauthenticatedRead: false,
  labelTrashRead: false,
  draftRead: true,
  draftCreate: true,
  draftUpdate: true,
  draftDelete: true,
  draftSend: true,
  webhookRead: true,
  webhookCreate: true,
  webhookUpdate: true,
  webhookDelete: true,
  domainRead: true,
  domainCreate: true,
  domainUpdate: true,
  domainDelete: true,
  listEntryRead: true,
  listEntryCreate: true,
  listEntryDelete: true,
  metricsRead: true,
  apiKeyRead: true,
  apiKeyCreate: true,
  apiKeyUpdate: true,
  apiKeyDelete: true,
  podRead: true,
  podCreate: true,
  podUpdate: true,
  podDelete: true,
  calendarRead: true,
  calendarUpdate: true,
  calendarEventRead: true,
  calendarEventCreate: true,
  calendarEventUpdate: true,
  calendarEventDelete: true,
} satisfies Omit<Required<ApiKeyPermissions>, "messageReply" | "appConnect" | "appShareOwner" | "accountUpdate">);
