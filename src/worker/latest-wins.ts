/** What a coalesced request ended as. */
export type Outcome<T> = { status: "done"; value: T } | { status: "superseded" } | { status: "cancelled" } | { status: "failed"; error: string };

interface Pending<A, T> {
  args: A;
  resolve: (outcome: Outcome<T>) => void;
}

/**
 * Latest-wins request coalescing (MapLibre `geojson_source` `_pendingWorkerUpdate` pattern): at most one call
 * in flight and one pending; a newer request replaces the pending one (which resolves "superseded"), and a
 * result that a newer request has overtaken resolves "superseded" too.
 */
export class LatestWins<A, T> {
  private inFlight: Pending<A, T> | undefined;
  private pending: Pending<A, T> | undefined;
  private generation = 0;

  constructor(private readonly call: (args: A) => Promise<T>) {}

  /** Queues a request; resolves with its outcome (never rejects). */
  request(args: A): Promise<Outcome<T>> {
    return new Promise((resolve) => {
      this.pending?.resolve({ status: "superseded" });
      this.pending = { args, resolve };
      if (!this.inFlight) this.next();
    });
  }

  /** True while a call runs. */
  get busy(): boolean {
    return this.inFlight !== undefined;
  }

  /** Resolves the in-flight and pending requests as "cancelled"; a late result of the in-flight call is dropped. */
  cancel(): void {
    this.generation++;
    this.inFlight?.resolve({ status: "cancelled" });
    this.pending?.resolve({ status: "cancelled" });
    this.inFlight = undefined;
    this.pending = undefined;
  }

  private next(): void {
    const job = this.pending;
    if (!job) return;
    this.pending = undefined;
    this.inFlight = job;
    const generation = this.generation;
    this.call(job.args).then(
      (value) => this.finish(generation, job, this.pending ? { status: "superseded" } : { status: "done", value }),
      (error: unknown) => this.finish(generation, job, { status: "failed", error: error instanceof Error ? error.message : String(error) }),
    );
  }

  private finish(generation: number, job: Pending<A, T>, outcome: Outcome<T>): void {
    if (generation !== this.generation) return;
    this.inFlight = undefined;
    job.resolve(outcome);
    this.next();
  }
}
