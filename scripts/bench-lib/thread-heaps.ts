/**
 * The JavaScript heap of each thread of a page — the page itself and each dedicated worker (import, analysis,
 * MapLibre's) — sampled over a run through the DevTools protocol (`Runtime.getHeapUsage`, sent to each worker
 * target by `Target.sendMessageToTarget`). A thread busy in one long task answers only when the task ends, so a
 * sample may miss it (it is then left out of that sample); the peaks are of the samples that answered. Sizes are
 * V8's used heap, garbage not yet collected included.
 */
import type { BrowserContext, Page } from "playwright-core";

/** Answer wait per worker and sample: a busy worker is skipped rather than holding up the next sample. */
const ANSWER_WAIT_MS = 3_000;

/** Starts sampling every `everyMs`; `stop` ends it and returns the peak used heap in MB per thread name. */
export async function sampleThreadHeaps(context: BrowserContext, page: Page, everyMs = 4_000): Promise<{ stop: () => Promise<Map<string, number>> }> {
  const session = await context.newCDPSession(page);
  const answers = new Map<number, (result: { usedSize?: number } | undefined) => void>();
  let nextId = 1;
  session.on("Target.receivedMessageFromTarget", (event: { message: string }) => {
    const message = JSON.parse(event.message) as { id?: number; result?: { usedSize?: number } };
    if (message.id === undefined) return;
    answers.get(message.id)?.(message.result);
    answers.delete(message.id);
  });
  const peaks = new Map<string, number>();
  const record = (name: string, usedBytes: number | undefined) => {
    if (usedBytes === undefined) return;
    peaks.set(name, Math.max(peaks.get(name) ?? 0, usedBytes / 1e6));
  };
  const workerHeap = async (targetId: string): Promise<number | undefined> => {
    const { sessionId } = await session.send("Target.attachToTarget", { targetId, flatten: false });
    try {
      const id = nextId++;
      const answer = new Promise<{ usedSize?: number } | undefined>((resolve) => {
        answers.set(id, resolve);
        setTimeout(() => resolve(undefined), ANSWER_WAIT_MS);
      });
      await session.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method: "Runtime.getHeapUsage" }) });
      return (await answer)?.usedSize;
    } finally {
      await session.send("Target.detachFromTarget", { sessionId }).catch(() => undefined);
    }
  };
  const sample = async () => {
    record("page", (await session.send("Runtime.getHeapUsage")).usedSize);
    const { targetInfos } = await session.send("Target.getTargets");
    // Workers of the same script (the radius and walking analysis workers) are told apart by their order.
    const seen = new Map<string, number>();
    for (const info of targetInfos.filter((target) => target.type === "worker")) {
      const script = (info.title.split("/").pop() ?? info.title).replace(/-[\w-]{8}\.(m?js)$/, "").replace(/\.(m?js|ts)$/, "");
      const index = (seen.get(script) ?? 0) + 1;
      seen.set(script, index);
      record(index > 1 ? `${script} #${index}` : script, await workerHeap(info.targetId).catch(() => undefined));
    }
  };
  let running = true;
  const loop = (async () => {
    while (running) {
      await sample().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      await sample().catch(() => undefined);
      await session.detach().catch(() => undefined);
      return peaks;
    },
  };
}
