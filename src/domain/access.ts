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
 * What can be done. Routes name the permission they need; roles and API-token scopes grant them.
 * `*:read` permissions of a supplier user are limited to its own organisation's records.
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
  'andons:decide',
  'work_orders:read',
  'work_orders:update',
  'acceptance:record',
  'rewards:read',
  'metrics:read',
  'audit:read',
  'config:write',
  'users:manage',
  'tokens:manage',
] as const;
export type Permission = (typeof permissions)[number];

const internalReads: Permission[] = [
  'status:read',
  'targets:read',
  'complaints:read',
  'andons:read',
  'work_orders:read',
  'rewards:read',
  'metrics:read',
];

/**
 * The permission matrix. Anyone inside may stop the line (`andons:pull`); managers answer for
 * pulls (`andons:review`) and decide relist or retire; an independent verifier records acceptance;
 * suppliers see and update only their own organisation's work; viewers only look.
 */
export const rolePermissions: Readonly<Record<Role, readonly Permission[]>> = {
  agent: [...internalReads, 'complaints:write', 'andons:pull'],
  supplier_manager: [...internalReads, 'complaints:write', 'andons:pull', 'targets:write', 'work_orders:update'],
  quality: [...internalReads, 'complaints:write', 'andons:pull', 'work_orders:update'],
  verifier: [...internalReads, 'andons:pull', 'acceptance:record'],
  manager: [...internalReads, 'complaints:write', 'andons:pull', 'andons:review', 'andons:decide', 'targets:write', 'work_orders:update', 'audit:read'],
  director: [
    ...internalReads,
    'complaints:write',
    'andons:pull',
    'andons:review',
    'andons:decide',
    'targets:write',
    'work_orders:update',
    'acceptance:record',
    'audit:read',
  ],
  admin: [...permissions],
  supplier: ['targets:read', 'andons:read', 'work_orders:read', 'work_orders:update'],
  viewer: [...internalReads],
};

/** Does this role grant the permission? */
export function roleCan(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

/** The scopes an API token may carry: the permissions an integration needs, never user or token management. */
export const tokenScopes = permissions.filter((p) => p !== 'users:manage' && p !== 'tokens:manage');
export type TokenScope = (typeof tokenScopes)[number];
