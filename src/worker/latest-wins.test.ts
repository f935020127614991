import { describe, expect, test } from "vitest";
import { LatestWins } from "./latest-wins";

function deferredCalls() {
  const calls: { args: number; resolve: (value: number) => void }[] = [];
  const call = (args: number) => new Promise<number>((resolve) => calls.push({ args, resolve }));
  const resolveCall = (index: number, value: number) => {
    const pending = calls[index];
    if (!pending) throw new Error(`call ${index} was never made`);
    pending.resolve(value);
  };
  return { calls, call, resolveCall };
}

describe("latest-wins coalescing", () => {
  test("a burst costs at most two calls and only the latest resolves done", async () => {
    const { calls, call, resolveCall } = deferredCalls();
    const queue = new LatestWins(call);
    const first = queue.request(1),
      second = queue.request(2),
      third = queue.request(3);
    expect(calls.map((c) => c.args)).toEqual([1]);
    expect(await second).toEqual({ status: "superseded" });
    resolveCall(0, 10);
    expect(await first).toEqual({ status: "superseded" });
    await Promise.resolve();
    expect(calls.map((c) => c.args)).toEqual([1, 3]);
    resolveCall(1, 30);
    expect(await third).toEqual({ status: "done", value: 30 });
  });

  test("cancel resolves everything as cancelled and drops the late result", async () => {
    const { call, resolveCall } = deferredCalls();
    const queue = new LatestWins(call);
    const first = queue.request(1),
      second = queue.request(2);
    queue.cancel();
    resolveCall(0, 10);
    expect(await first).toEqual({ status: "cancelled" });
    expect(await second).toEqual({ status: "cancelled" });
    expect(queue.busy).toBe(false);
  });

  test("a failing call resolves failed with its message", async () => {
    const queue = new LatestWins(async () => {
      throw new Error("boom");
    });
    expect(await queue.request(0)).toEqual({ status: "failed", error: "boom" });
  });
});
