/**
 * Board events. Everything is delivered on a microtask after the change, never inside the call that
 * caused it, so app code cannot come to depend on synchronous delivery.
 */

type Handler = (payload: never) => void;

export class EventHub {
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly changeListeners = new Set<() => void>();

  on(event: string, handler: Handler): void {
    let set = this.handlers.get(event);
    if (!set) {
      set = new Set();
      this.handlers.set(event, set);
    }
    set.add(handler);
  }

  off(event: string, handler: Handler): void {
    this.handlers.get(event)?.delete(handler);
  }

  hasListeners(event: string): boolean {
    return (this.handlers.get(event)?.size ?? 0) > 0;
  }

  /** Builds the payload now (the state right after the change) and delivers it on a microtask. */
  emit(event: string, buildPayload: () => unknown): void {
    if (!this.hasListeners(event)) return;
    const payload = buildPayload();
    queueMicrotask(() => {
      for (const handler of [...(this.handlers.get(event) ?? [])]) deliver(() => (handler as (p: unknown) => void)(payload));
    });
  }

  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  changed(): void {
    if (this.changeListeners.size === 0) return;
    queueMicrotask(() => {
      for (const listener of [...this.changeListeners]) deliver(listener);
    });
  }
}

/** A throwing handler must not stop the others, nor surface inside an unrelated SDK call. */
function deliver(run: () => void): void {
  try {
    run();
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}
