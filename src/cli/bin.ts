#!/usr/bin/env node
/**
 * The `vendor-auth` executable: wires the process to `run()`. Ctrl-C (or a CI's SIGTERM) aborts the
 * request in flight and the command says what state it left; the exit code is 130 (143 for SIGTERM).
 */
import { EXIT, run } from "./main.js";

const controller = new AbortController();
let interrupted: number | undefined;
const interrupt = (code: number) => (): void => {
  // A second signal does not wait for the command to tell what happened.
  if (interrupted !== undefined) process.exit(interrupted);
  interrupted = code;
  controller.abort();
};
process.on("SIGINT", interrupt(EXIT.interrupted));
process.on("SIGTERM", interrupt(143));
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  signal: controller.signal,
}).then((code) => {
  process.exitCode = interrupted !== undefined && code !== EXIT.ok ? interrupted : code;
});
