/**
 * Runs work one at a time per key, in arrival order; different keys do not wait for each other.
 * Each key has a small state object that lives while work for it is queued or running (and is then
 * dropped), so the work can pass what it learnt to the work queued behind it.
 */
export class KeyedGate<State extends object> {
  private readonly lanes = new Map<string, { tail: Promise<void>; state: State; queued: number }>();

  constructor(private readonly initial: () => State) {}

  async run<T>(key: string, work: (state: State) => Promise<T>): Promise<T> {
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = { tail: Promise.resolve(), state: this.initial(), queued: 0 };
      this.lanes.set(key, lane);
    }
    const previous = lane.tail;
    let release!: () => void;
    lane.tail = new Promise<void>((resolve) => (release = resolve));
    lane.queued++;
    await previous;
    try {
      return await work(lane.state);
    } finally {
      release();
      if (--lane.queued === 0) this.lanes.delete(key);
    }
  }

  /** Keys with work queued or running (for tests). */
  get size(): number {
    return this.lanes.size;
  }
}
