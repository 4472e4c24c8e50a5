/** Who a person is to Andon. One role per user; a supplier user also belongs to one organisation. */
export const roles = [
  'agent',
  'supplier_manager',
  'quality',
  'verifier',
  'manager',
  'director',
  'admin',
  'supplier',
  'viewer',
] as const;
export type Role = (typeof roles)[number];

/**
 * What can be done. Every route names the one permission it needs; roles and API-token scopes
 * grant them. The matrix (docs/permissions.md) is generated from the routes and the grants below.
 */
export const permissions = [
  'status:read',
  'targets:read',
  'targets:write',
  'complaints:read',
  'complaints:write',
  'andons:read',
  'andons:pull',
  'andons:review',
  'andons:rectify',
  'andons:relist',
  'work_orders:read',
  'work_orders:update',
  'work_orders:assign',
  'inspection:record',
  'root_cause:record',
  'acceptance:record',
  'rewards:read',
  'metrics:read',
  'notifications:read',
  'notifications:update',
  'audit:read',
  'flywheels:read',
  'flywheels:write',
  'config:read',
  'config:write',
  'users:manage',
  'tokens:manage',
] as const;
export type Permission = (typeof permissions)[number];

/**
 * How far a grant reaches: `all` records, or only the holder's `own` (a supplier user: its
 * organisation's targets, andons and work orders; an agent: its own rewards). A route serves an
 * `own` grant only if it declares that it narrows to the holder's records (`scoped`); otherwise the
 * grant is refused, so a route cannot leak by forgetting to narrow.
 */
export type Scope = 'all' | 'own';
export type Grants = Readonly<Partial<Record<Permission, Scope>>>;

/** What a route needs: nothing (`public`), any signed-in caller, a person's own session, or one permission. */
export type RouteAccess = 'public' | 'authenticated' | 'session' | Permission;

function grants(all: readonly Permission[], own: readonly Permission[] = []): Grants {
  return Object.fromEntries([...all.map((p) => [p, 'all']), ...own.map((p) => [p, 'own'])]) as Grants;
}

const internalReads: Permission[] = [
  'status:read',
  'targets:read',
  'complaints:read',
  'andons:read',
  'work_orders:read',
  'metrics:read',
  'notifications:read',
  'notifications:update',
  'flywheels:read',
  'config:read',
];
const line: Permission[] = [...internalReads, 'complaints:write', 'andons:pull'];
const managerWork: Permission[] = [
  ...line,
  'targets:write',
  'andons:review',
  'andons:rectify',
  'andons:relist',
  'work_orders:update',
  'work_orders:assign',
  'rewards:read',
  'audit:read',
  'flywheels:write',
];

/**
 * The permission matrix. Anyone inside may stop the line (`andons:pull`); supplier management and
 * quality contain and fix; an independent verifier accepts; managers review pulls (the bad-andon
 * rate is theirs) and relist or retire; directors may do all of the line's work; admins manage
 * people, tokens and configuration; suppliers see and update only their own organisation's work;
 * viewers only look.
 */
export const roleGrants: Readonly<Record<Role, Grants>> = {
  agent: grants(line, ['rewards:read']),
  supplier_manager: grants([...line, 'targets:write', 'andons:rectify', 'work_orders:update', 'work_orders:assign', 'inspection:record']),
  quality: grants([...line, 'andons:rectify', 'work_orders:update', 'work_orders:assign', 'inspection:record', 'root_cause:record']),
  verifier: grants([...internalReads, 'andons:pull', 'work_orders:update', 'acceptance:record']),
  manager: grants(managerWork),
  director: grants([...managerWork, 'inspection:record', 'root_cause:record', 'acceptance:record', 'config:write']),
  admin: grants(permissions),
  supplier: grants(
    [],
    ['targets:read', 'targets:write', 'andons:read', 'andons:rectify', 'work_orders:read', 'work_orders:update', 'inspection:record'],
  ),
  viewer: grants(internalReads),
};

/** The scopes an API token may carry: what integrations need, never people or token management. */
export const tokenScopes = permissions.filter((p) => p !== 'users:manage' && p !== 'tokens:manage');
export type TokenScope = (typeof tokenScopes)[number];

/** A token's grants: each scope in full (tokens are not bound to an organisation). */
export function tokenGrants(scopes: readonly Permission[]): Grants {
  return grants(scopes.filter((s) => (tokenScopes as readonly string[]).includes(s)));
}

/** Does this role grant the permission (in any scope)? */
export function roleCan(role: Role, permission: Permission): boolean {
  return roleGrants[role][permission] !== undefined;
}

export type Decision = 'allow' | 'own' | 'deny';

/**
 * The one access decision: may a caller with these grants (arriving by session or token) use a
 * route that needs `access`? `own` means: yes, narrowed to the caller's own records.
 */
export function decideAccess(caller: { grants: Grants; via: 'session' | 'token' }, route: { access: RouteAccess; scoped?: boolean | undefined }): Decision {
  if (route.access === 'public' || route.access === 'authenticated') return 'allow';
  if (route.access === 'session') return caller.via === 'session' ? 'allow' : 'deny';
  const scope = caller.grants[route.access];
  if (scope === 'all') return 'allow';
  if (scope === 'own' && route.scoped) return 'own';
  return 'deny';
}

/** The people fields of a request body that name who acts (they must be the caller for a signed-in person). */
export const actorFields = [
  'pulledBy',
  'recordedBy',
  'reviewedBy',
  'verifiedBy',
  'relistedBy',
  'retiredBy',
  'completedBy',
  'decidedBy',
  'authorRef',
  'by',
  'recipientRef',
] as const;
export type ActorField = (typeof actorFields)[number];

/** A user's ref: a lowercase handle (it is the name people are recorded by everywhere). */
export const userRefPattern = /^[a-z0-9][a-z0-9._-]{0,99}$/;

/** The same person? Refs compare without case or surrounding spaces (decision 003). */
export function sameRef(a: string | null | undefined, b: string | null | undefined): boolean {
  return a != null && b != null && a.trim().toLowerCase() === b.trim().toLowerCase();
}
