import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import { CallMissedClient } from "../../src/callmissed/index.js";
import { API_KEY } from "./fixtures.js";

describe("voiceAgentSocket()", () => {
  const client = new CallMissedClient({ apiKey: API_KEY });

  test("defaults to CallMissed's own socket, with the key as a Token header and as the token subprotocol", () => {
    const socket = client.voiceAgentSocket();

    expect(socket.url).toBe("wss://api.callmissed.com/v2/voice/agent");
    expect(socket.protocols).toEqual(["token", API_KEY]);
    expect(socket.headers).toEqual({ Authorization: `Token ${API_KEY}` });
  });

  test('"deepgram" is the Deepgram-compatible /v1/agent/converse', () => {
    expect(client.voiceAgentSocket("deepgram").url).toBe("wss://api.callmissed.com/v1/agent/converse");
  });

  test("follows baseUrl: http becomes ws, and a path prefix is kept", () => {
    const local = new CallMissedClient({ apiKey: API_KEY, baseUrl: "http://127.0.0.1:8123/cm/" });

    expect(local.voiceAgentSocket().url).toBe("ws://127.0.0.1:8123/cm/v2/voice/agent");
  });

  test("logging it shows the key redacted: JSON.stringify and util.inspect", () => {
    const socket = client.voiceAgentSocket();

    expect(JSON.stringify(socket)).not.toContain(API_KEY);
    expect(JSON.stringify(socket)).toContain("Token [redacted]");
    expect(inspect(socket, { depth: 5 })).not.toContain(API_KEY);
    expect(`${socket.protocols[1]}`).toBe(API_KEY); // the real values are still there to be used
  });

  test("an unknown protocol is a TypeError", () => {
    expect(() => client.voiceAgentSocket("openai" as never)).toThrow(TypeError);
    expect(() => client.voiceAgentSocket("toString" as never)).toThrow(TypeError);
  });
});
