import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { expect, it } from "vitest";
import { formatAbortReasonStacks } from "./abort-reason-stacks";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Aborts a controller the way React ends a render (an Error made in a setImmediate callback). */
async function abortFromImmediate() {
  const controller = new AbortController();
  let immediate: WeakRef<NodeJS.Immediate> | undefined;
  await new Promise<void>((resolve) => {
    const handle = setImmediate(() => {
      controller.abort(new Error("This render completed successfully."));
      resolve();
    });
    immediate = new WeakRef(handle);
  });
  for (let i = 0; i < 10 && immediate!.deref(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 1));
    gc();
  }
  return { controller, immediateKept: immediate!.deref() !== undefined };
}

it("keeps nothing of the code that aborted a controller, while the controller and its reason live on", async () => {
  formatAbortReasonStacks();
  formatAbortReasonStacks(); // once is enough: a second call changes nothing
  const { controller, immediateKept } = await abortFromImmediate();
  expect(immediateKept).toBe(false);
  expect(controller.signal.aborted).toBe(true);
  expect((controller.signal.reason as Error).message).toBe("This render completed successfully.");
  expect((controller.signal.reason as Error).stack).toMatch(
    /^Error: This render completed successfully\.\n\s+at /,
  );
});
