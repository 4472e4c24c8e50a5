/**
 * Read-mostly configuration (rules, issue codes) remembered for a moment, so complaint intake does
 * not read the same rows for every complaint. Whatever changes configuration clears it; a change
 * made by another process is seen within `ttlMs`.
 */
export class ConfigMemo {
  readonly #entries = new Map<string, { until: number; value: Promise<unknown> }>();

  constructor(private readonly ttlMs = 1000) {}

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.#entries.get(key);
    if (hit && hit.until > now) return hit.value as Promise<T>;
    const value = load();
    this.#entries.set(key, { until: now + this.ttlMs, value });
    // A failed read is not remembered.
    value.catch(() => this.#entries.delete(key));
    return value;
  }

  clear(): void {
    this.#entries.clear();
  }
}
