/**
 * One listener per caller's AbortSignal, however many calls share it. A request-scoped or shutdown signal
 * handed to hundreds of concurrent calls would otherwise collect a listener per call (and Node warns past
 * ten). Each call gets its own inner signal, linked through a single shared listener, and unlinks when it
 * settles, so nothing of ours stays on the caller's signal.
 */

interface Shared {
  subscribers: Set<() => void>;
  dispatch: () => void;
}
const shared = new WeakMap<AbortSignal, Shared>();

function subscribe(signal: AbortSignal, onAbort: () => void): () => void {
  let entry = shared.get(signal);
  if (!entry) {
    const subscribers = new Set<() => void>();
    const dispatch = (): void => {
      shared.delete(signal);
      for (const subscriber of subscribers) subscriber();
    };
    signal.addEventListener("abort", dispatch, { once: true });
    entry = { subscribers, dispatch };
    shared.set(signal, entry);
  }
  const own = entry;
  own.subscribers.add(onAbort);
  return () => {
    own.subscribers.delete(onAbort);
    if (own.subscribers.size === 0 && shared.get(signal) === own) {
      shared.delete(signal);
      signal.removeEventListener("abort", own.dispatch);
    }
  };
}

/** A call's own signal, aborted with the caller's reason when the caller's `signal` aborts. */
export interface LinkedSignal {
  /** `undefined` when the caller gave no signal: nothing can abort the call, so no signal is made for it. */
  signal: AbortSignal | undefined;
  /** Stops following the caller's signal; call it once the call has settled. */
  unlink(): void;
}

const UNLINKED: LinkedSignal = { signal: undefined, unlink: () => {} };

/**
 * Links a fresh signal to `signal` through the shared listener. Without one there is nothing to link:
 * each `AbortController` cost about 5% of a small call's time in Node 20 (BENCHMARKS.md).
 */
export function linkSignal(signal: AbortSignal | null | undefined): LinkedSignal {
  if (!signal) return UNLINKED;
  const controller = new AbortController();
  if (signal.aborted) {
    controller.abort(signal.reason);
    return { signal: controller.signal, unlink: () => {} };
  }
  const unlink = subscribe(signal, () => controller.abort(signal.reason));
  return { signal: controller.signal, unlink };
}

/** True for a real AbortSignal (of this realm or another): anything else cannot be listened to. */
export function isAbortSignal(value: unknown): value is AbortSignal {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as AbortSignal).aborted === "boolean" &&
    typeof (value as AbortSignal).addEventListener === "function" &&
    typeof (value as AbortSignal).removeEventListener === "function"
  );
}

const callerSignals = new WeakMap<Request, AbortSignal>();
let SignalAside: typeof Request | undefined;

/**
 * A `Request` class for openapi-fetch that keeps the caller's signal aside instead of linking it: the
 * runtime's `Request` adds a listener to that signal which stays until the request is garbage collected,
 * so a long-lived signal collected one per `http` call. The transport links it once per call instead.
 */
export function signalAsideRequest(): typeof Request {
  SignalAside ??= class extends Request {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      const { signal, ...rest } = init ?? {};
      super(input, rest);
      if (signal) callerSignals.set(this, signal);
    }
  };
  return SignalAside;
}

/** The caller's signal of a request made by {@link signalAsideRequest}, else the request's own. */
export function callerSignal(request: Request): AbortSignal | null {
  return callerSignals.get(request) ?? request.signal;
}
