/**
 * One read call per vendor client, built with an injected `fetch` or the default one, so the property and
 * fault tests can run the same scenario over all four vendors.
 */
import { AgentMailClient } from "../../src/agentmail/index.js";
import { CallMissedClient } from "../../src/callmissed/index.js";
import { CommaClient } from "../../src/comma/index.js";
import { CommunalClient } from "../../src/communal/index.js";
import type { ClientOptions } from "../../src/core/client.js";

export interface VendorCase {
  name: string;
  /** Key prefix the vendor's keys carry (the secret under test gets it). */
  prefix: string;
  /** URL of the read call, for MSW handlers. */
  readUrl: string;
  /** A body the read call accepts. */
  validBody: Record<string, unknown> | unknown[];
  /** Runs the read call (idempotent: GET). */
  read(options: ClientOptions & { apiKey: string }, signal?: AbortSignal): Promise<unknown>;
  /** Runs a write call (POST/PUT) and its URL; undefined when the vendor has none worth a case. */
  write?: { url: string; method: "post" | "put"; run(options: ClientOptions & { apiKey: string }, signal?: AbortSignal): Promise<unknown> };
}

export const vendors: VendorCase[] = [
  {
    name: "AgentMail",
    prefix: "am_",
    readUrl: "https://api.agentmail.to/v0/api-keys",
    validBody: { count: 0, api_keys: [] },
    read: (options, signal) => new AgentMailClient(options).apiKeys.list({}, { signal }),
    write: {
      url: "https://api.agentmail.to/v0/api-keys",
      method: "post",
      run: (options, signal) => new AgentMailClient(options).apiKeys.create({ name: "n" }, { signal }),
    },
  },
  {
    name: "Communal",
    prefix: "",
    readUrl: "https://api.getcommunal.com/api/users/1",
    validBody: { id: "1", name: "Ada", email: "a@example.com", date_of_birth: "1815-12-10" },
    read: (options, signal) => new CommunalClient(options).users.get(1, {}, { signal }),
    write: {
      url: "https://api.getcommunal.com/api/users/1",
      method: "put",
      run: (options, signal) => new CommunalClient(options).users.update(1, { firstName: "A", lastName: "B", email: "a@example.com" }, { signal }),
    },
  },
  {
    name: "CallMissed",
    prefix: "cm_",
    readUrl: "https://api.callmissed.com/anthropic/v1/models",
    validBody: { data: [] },
    read: (options, signal) => new CallMissedClient(options).models.list({ signal }),
    // No write: CallMissed has no key API any more, and its other writes are inference or platform calls.
  },
  {
    name: "Comma",
    prefix: "comma_sk_",
    readUrl: "https://commareports.com/api/v1/me/usage",
    validBody: { requests: 1 },
    read: (options, signal) => new CommaClient(options).me.usage({ signal }),
    write: {
      url: "https://commareports.com/api/v1/reports",
      method: "post",
      run: (options, signal) => new CommaClient(options).reports.create({ html: "<p>x</p>" }, { signal }),
    },
  },
];
