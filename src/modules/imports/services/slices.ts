/**
 * CPU work over many rows, done in slices that yield to the event loop in between, so that a
 * database statement already sent (the previous chunk's insert) runs in PostgreSQL while this
 * process converts the next chunk, and so that a long import does not stall other requests.
 */
import { yieldToEventLoop } from "@/modules/platform/async/yield-to-event-loop";

const SLICE_SIZE = 500;

export const mapInSlices = async <T, R>(items: readonly T[], map: (item: T) => R): Promise<R[]> => {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += SLICE_SIZE) {
    if (start > 0) await yieldToEventLoop();
    const end = Math.min(items.length, start + SLICE_SIZE);
    for (let index = start; index < end; index += 1) {
      const item = items[index];
      if (item !== undefined) results.push(map(item));
    }
  }
  return results;
};

/**
 * Runs `write` on each chunk after `prepare` has made it, writing chunk k while preparing chunk
 * k + 1 (one write in flight at a time).
 */
export const pipelineChunks = async <T, R>({
  items,
  chunkSize,
  prepare,
  write,
}: {
  items: readonly T[];
  chunkSize: number;
  prepare: (chunk: readonly T[]) => Promise<R>;
  write: (prepared: R) => Promise<unknown>;
}): Promise<void> => {
  let inFlight: Promise<unknown> = Promise.resolve();
  for (let start = 0; start < items.length; start += chunkSize) {
    const prepared = await prepare(items.slice(start, start + chunkSize));
    await inFlight;
    inFlight = write(prepared);
    // Handled when awaited above or below; this keeps a failure from counting as unhandled
    // while the next chunk is being prepared.
    inFlight.catch(() => undefined);
  }
  await inFlight;
};
