import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import type { DomainEvent } from '#server/events.ts';
import { useSession } from './session.ts';

/** What the live stream tells the app: a domain event, or that it must reload (it may have missed some). */
export type LiveMessage = DomainEvent | { type: 'live.reset' } | { type: 'live.reconnected' };
export type LiveStatus = 'connecting' | 'open' | 'closed';
type Listener = (message: LiveMessage) => void;

interface Live {
  status: LiveStatus;
  subscribe(listener: Listener): () => void;
}

const LiveContext = createContext<Live>({ status: 'closed', subscribe: () => () => {} });

/** One EventSource for the whole app (browsers allow few connections per server); pages subscribe to it. */
export function LiveProvider({ children, url = '/api/v1/live' }: { children: ReactNode; url?: string }) {
  const listeners = useRef(new Set<Listener>());
  const [status, setStatus] = useState<LiveStatus>('connecting');
  // The stream carries every team's events: only those who may read all andons follow it (a
  // supplier user's pages load their own organisation's work instead).
  const session = useSession();
  const follows = session.status === 'signed-in' && session.me.grants['andons:read'] === 'all';
  const [live] = useState<Omit<Live, 'status'>>(() => ({
    subscribe: (listener) => {
      listeners.current.add(listener);
      return () => listeners.current.delete(listener);
    },
  }));

  useEffect(() => {
    if (!follows) {
      setStatus('closed');
      return;
    }
    const emit = (m: LiveMessage) => listeners.current.forEach((l) => l(m));
    let dropped = false;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const connect = () => {
      const current = new EventSource(url);
      source = current;
      current.onopen = () => {
        setStatus('open');
        // Reconnected: the server replays what was missed, but pages reload to be sure.
        if (dropped) emit({ type: 'live.reconnected' });
      };
      current.onerror = () => {
        dropped = true;
        if (current.readyState !== EventSource.CLOSED) return setStatus('connecting');
        // The browser gives up after an error answer (a proxy's 502 …); we do not.
        setStatus('closed');
        retry = setTimeout(connect, 5000);
      };
      current.onmessage = (e: MessageEvent<string>) => {
        try {
          emit(JSON.parse(e.data) as LiveMessage);
        } catch {
          // not ours: ignore
        }
      };
    };
    connect();
    return () => {
      clearTimeout(retry);
      source?.close();
    };
  }, [url, follows]);

  return (
    <LiveContext.Provider value={{ status, subscribe: live.subscribe }}>{children}</LiveContext.Provider>
  );
}

export function useLiveStatus(): LiveStatus {
  return useContext(LiveContext).status;
}

/**
 * Calls `onChange` (at most every `debounceMs`) after events that `matters` accepts, and after any
 * reset or reconnection: the usual answer to an event is to reload what the page shows.
 */
export function useLiveRefresh(
  onChange: () => void,
  matters: (m: DomainEvent) => boolean = () => true,
  debounceMs = 150,
): void {
  const { subscribe } = useContext(LiveContext);
  const latest = useRef({ onChange, matters });
  latest.current = { onChange, matters };
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribe((m) => {
      const relevant = m.type === 'live.reset' || m.type === 'live.reconnected' || latest.current.matters(m);
      if (!relevant || timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        latest.current.onChange();
      }, debounceMs);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [subscribe, debounceMs]);
}

/** Calls `listener` for every message as it arrives (the board uses it to notice new lamps). */
export function useLiveMessages(listener: Listener): void {
  const { subscribe } = useContext(LiveContext);
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => subscribe((m) => latest.current(m)), [subscribe]);
}
