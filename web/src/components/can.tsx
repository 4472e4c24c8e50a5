import type { ReactNode } from 'react';
import type { Permission } from '#domain/access.ts';
import { allows, useGrants } from '../api/use-can.ts';

/**
 * Shows its children only to a person whose grants allow the call they make (`all`: for every
 * record, not only their own); `otherwise` for everyone else. The server still decides every call.
 */
export function Can({
  permission,
  all = false,
  otherwise = null,
  children,
}: {
  permission: Permission;
  all?: boolean;
  otherwise?: ReactNode;
  children: ReactNode;
}) {
  return allows(useGrants(), { permission, all }) ? children : otherwise;
}
