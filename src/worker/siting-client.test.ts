import { expose } from "comlink";
import { MessageChannel } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import type { SitingReport } from "../analysis/siting/siting-report";
import { createSitingClient } from "./siting-client";

const report = { sites: [], lpBoundStatus: "computing" } as unknown as SitingReport;

/** Fake analysis workers on message channels: sites answer at once, the LP bound until released (a long solve). */
function fakeWorkers() {
  const started: { terminated: boolean; releaseBound: (() => void) | null }[] = [];
  const createWorker = () => {
    const { port1, port2 } = new MessageChannel();
    const record: (typeof started)[number] = { terminated: false, releaseBound: null };
    expose(
      {
        suggestSites: async () => report,
        sitingLpBound: () =>
          new Promise((resolve) => {
            record.releaseBound = () => resolve({ bound: 9, gapRatio: 0.1, boundKind: "lp-relaxation" });
          }),
      },
      port1 as never,
    );
    started.push(record);
    return Object.assign(port2, {
      terminate: () => {
        record.terminated = true;
        port1.close();
        port2.close();
      },
    }) as unknown as Worker;
  };
  return { started, createWorker };
}

const refs = {} as never;
const params = { ruleSetId: "qingdao-300-500", radiusM: 300, count: 3 };
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe("siting client: the LP bound after the sites", () => {
  it("asks the same worker for the bound of the answer it gave", async () => {
    const { started, createWorker } = fakeWorkers();
    const client = createSitingClient(createWorker);
    expect(await client.suggestSites(refs, params, () => {})).toEqual({ status: "done", value: report });
    const bound = client.lpBound();
    await until(() => Boolean(started[0]?.releaseBound));
    started[0]?.releaseBound?.();
    expect(await bound).toEqual({ status: "done", value: { bound: 9, gapRatio: 0.1, boundKind: "lp-relaxation" } });
    expect(started).toHaveLength(1);
    expect(started[0]?.terminated).toBe(false);
  });

  it("cancel ends a bound still computing by terminating its worker; the next run starts a fresh one", async () => {
    const { started, createWorker } = fakeWorkers();
    const client = createSitingClient(createWorker);
    await client.suggestSites(refs, params, () => {});
    const bound = client.lpBound();
    client.cancel();
    expect(await bound).toEqual({ status: "cancelled" });
    expect(started[0]?.terminated).toBe(true);
    expect(await client.suggestSites(refs, params, () => {})).toEqual({ status: "done", value: report });
    expect(started).toHaveLength(2);
  });

  it("a new run stops a bound still computing instead of waiting behind its solve", async () => {
    const { started, createWorker } = fakeWorkers();
    const client = createSitingClient(createWorker);
    await client.suggestSites(refs, params, () => {});
    const bound = client.lpBound();
    const next = client.suggestSites(refs, params, () => {});
    expect(await bound).toEqual({ status: "cancelled" });
    expect(await next).toEqual({ status: "done", value: report });
    expect(started.map((worker) => worker.terminated)).toEqual([true, false]);
  });
});
