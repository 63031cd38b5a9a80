#!/usr/bin/env node
/** The `vendor-auth` executable: wires the process to `run()`. Ctrl-C aborts the request in flight. */
import { EXIT, run } from "./main.js";

const controller = new AbortController();
let interrupted = false;
const interrupt = (): void => {
  // A second Ctrl-C does not wait for the command to tell what happened.
  if (interrupted) process.exit(EXIT.interrupted);
  interrupted = true;
  controller.abort();
};
process.on("SIGINT", interrupt);
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, signal: controller.signal }).then(
  (code) => {
    process.exitCode = interrupted && code !== EXIT.ok ? EXIT.interrupted : code;
  },
);
