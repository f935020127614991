/**
 * Lets the browser handle input and paint between slices of a long main-thread job (`scheduler.yield()` where
 * the browser has it, else a macrotask through a MessageChannel, which, unlike nested `setTimeout`, is not
 * clamped to 4 ms).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  if (typeof MessageChannel === "undefined") return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Features handled per slice by the sliced main-thread jobs (mapping, serialising): a few ms each. */
export const FEATURES_PER_MAIN_SLICE = 2_000;
