/** A binary max-heap of item indices keyed by a number; ties pop the smaller index first (deterministic). */
export class MaxHeap {
  private readonly items: number[] = [];
  private readonly keys: number[] = [];

  get size(): number {
    return this.items.length;
  }

  /** Key of the top item (−∞ when empty). */
  peekKey(): number {
    return this.keys[0] ?? Number.NEGATIVE_INFINITY;
  }

  push(item: number, key: number): void {
    this.items.push(item);
    this.keys.push(key);
    let i = this.items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes and returns the top item, or undefined when empty. */
  pop(): number | undefined {
    if (this.items.length === 0) return undefined;
    const top = this.items[0];
    this.swap(0, this.items.length - 1);
    this.items.pop();
    this.keys.pop();
    let i = 0;
    for (;;) {
      const [left, right] = [2 * i + 1, 2 * i + 2];
      let best = i;
      if (left < this.items.length && this.before(left, best)) best = left;
      if (right < this.items.length && this.before(right, best)) best = right;
      if (best === i) break;
      this.swap(i, best);
      i = best;
    }
    return top;
  }

  private before(a: number, b: number): boolean {
    const [ka, kb] = [this.keys[a] ?? 0, this.keys[b] ?? 0];
    return ka > kb || (ka === kb && (this.items[a] ?? 0) < (this.items[b] ?? 0));
  }

  private swap(a: number, b: number): void {
    [this.items[a], this.items[b]] = [this.items[b] as number, this.items[a] as number];
    [this.keys[a], this.keys[b]] = [this.keys[b] as number, this.keys[a] as number];
  }
}
