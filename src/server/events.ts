/** What happened, told after the transaction that made it happen has committed. */
export type DomainEvent =
  | { type: 'target.upserted'; target: TargetStatusSnapshot }
  | { type: 'target.suppressed'; target: TargetStatusSnapshot; andonId: string }
  | { type: 'target.relisted'; target: TargetStatusSnapshot }
  | { type: 'target.retired'; target: TargetStatusSnapshot }
  | { type: 'complaint.created'; complaintId: string; targetId: string; issueCode: string }
  | { type: 'andon.pulled'; andonId: string; targetId: string; issueCode: string; trigger: string }
  | { type: 'andon.changed'; andonId: string; targetId: string; state: string; change: 'state' | 'review' }
  | { type: 'work_order.changed'; workOrderId: string; andonId: string; workOrderType: string; status: string }
  | { type: 'notification.created'; notificationId: string; recipientRef: string | null; teamId: string | null; andonId: string | null };

/** What the storefront's status look-up needs to know about a target. */
export interface TargetStatusSnapshot {
  id: string;
  ref: string;
  /** The ref before this change, when it changed. */
  previousRef?: string | undefined;
  status: 'on_sale' | 'suppressed' | 'retired';
  andonId: string | null;
  since: string | null;
  version: number;
}

export type EventListener = (events: readonly DomainEvent[]) => void;

/** An in-process bus: listeners run synchronously, after commit, before the writer acknowledges. */
export class EventBus {
  readonly #listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  publish(events: readonly DomainEvent[]): void {
    if (events.length === 0) return;
    for (const listener of this.#listeners) {
      try {
        listener(events);
      } catch {
        // A listener's failure must not undo or hide a committed write; listeners log their own errors.
      }
    }
  }
}
