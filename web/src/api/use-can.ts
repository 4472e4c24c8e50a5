import type { Permission, Scope } from '#domain/access.ts';
import { useSession } from './session.ts';

/**
 * How far the signed-in person's grant of a permission reaches (`all`, `own`), or null without it.
 * The server decides every call; this only keeps the page from offering what would be refused.
 */
export function useGrant(permission: Permission): Scope | null {
  const session = useSession();
  if (session.status !== 'signed-in') return null;
  return session.me.grants[permission] ?? null;
}

/** Whether the signed-in person holds a permission (for all records or their own). */
export function useCan(permission: Permission): boolean {
  return useGrant(permission) !== null;
}

/** The permissions the signed-in person holds, for checking several at once (lists, navigation). */
export function useGrants(): Partial<Record<Permission, Scope>> {
  const session = useSession();
  return session.status === 'signed-in' ? (session.me.grants as Partial<Record<Permission, Scope>>) : {};
}
