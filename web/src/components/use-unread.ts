import { useEffect } from 'react';
import { lifecycle } from '../api/lifecycle-endpoints.ts';
import { useLiveRefresh } from '../api/live.tsx';
import { useResource } from '../api/use-resource.ts';
import { useIdentity } from './identity.ts';

const readListeners = new Set<() => void>();

/** Tells every unread count that notifications were marked read in this page. */
export function notificationsRead(): void {
  readListeners.forEach((l) => l());
}

/** How many of my notifications are unread (50 means "50 or more"), live. */
export function useUnreadCount(): number {
  const identity = useIdentity();
  const unread = useResource(
    identity ? (signal) => lifecycle.notifications({ recipientRef: identity, unread: true }, signal) : null,
    ['unread', identity],
  );
  useLiveRefresh(unread.reload, (m) => m.type === 'notification.created');
  useEffect(() => {
    readListeners.add(unread.reload);
    return () => void readListeners.delete(unread.reload);
  }, [unread.reload]);
  return unread.data?.items.length ?? 0;
}
