// An error keeps, until its `stack` is first read, the frames it was made in, with their `this`
// values. React ends every page render by aborting its cache signal with a new Error, made while
// it flushes the page from a setImmediate callback: that error kept the Immediate object, which
// links to the next ones of its batch, each carrying the async-local stores of its own request,
// whose render's error kept the next batch... One render held by anything long-lived (a socket, a
// module loaded during a request, a cache) then kept every later render and its response: a
// worker's memory grew with every page (bench:heap after a 20 s load run: 1,975 responses held).
// Reading the reason's stack when a controller aborts turns those frames into text and lets them go.

const FORMATTING = Symbol.for("portal.abortReasonStacks");

/** From now on, an abort reason that is an Error has its stack read (formatted) as it is given. */
export function formatAbortReasonStacks(): void {
  const prototype = AbortController.prototype as AbortController & { [FORMATTING]?: true };
  if (prototype[FORMATTING]) return;
  const abort = prototype.abort;
  prototype.abort = function abortWithFormattedReason(this: AbortController, reason?: unknown) {
    if (reason instanceof Error) void reason.stack;
    return abort.call(this, reason);
  };
  prototype[FORMATTING] = true;
}
