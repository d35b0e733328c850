/**
 * Lets the event loop run (I/O callbacks, other requests, a database reply awaited elsewhere)
 * between slices of long CPU work on the server.
 */
export const yieldToEventLoop = (): Promise<void> =>
  new Promise<void>((resolve) => setImmediate(resolve));

/**
 * For loops too tight to yield on every turn: `due()` says whether at least `sliceMs` have passed
 * since the last `yield()` (looking at the clock only every 256 calls), so a loop runs
 * `if (slicer.due()) await slicer.yield();`.
 */
export const createTimeSlicer = (sliceMs = 10) => {
  let calls = 0;
  let sliceStart = performance.now();
  return {
    due: (): boolean => {
      calls += 1;
      if ((calls & 255) !== 0) return false;
      return performance.now() - sliceStart >= sliceMs;
    },
    yield: async (): Promise<void> => {
      await yieldToEventLoop();
      sliceStart = performance.now();
    },
  };
};
