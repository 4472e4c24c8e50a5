import { useSession } from '../api/session.ts';

/** Who am I: the signed-in person's ref, recorded as recordedBy, pulledBy … ('' until signed in). */
export function useIdentity(): string {
  const session = useSession();
  return session.status === 'signed-in' ? session.me.ref : '';
}
