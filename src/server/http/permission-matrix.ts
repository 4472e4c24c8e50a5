import { decideAccess, type Permission, permissions, roleGrants, roles, tokenScopes } from '#domain/access.ts';
import type { DeclaredRoute } from './authenticate.ts';

const mark = { allow: '✓', own: 'own', deny: '—' } as const;

/** The API routes as the matrix lists them: one row per method and path (HEAD answers as GET does). */
export function matrixRoutes(routes: readonly DeclaredRoute[]): DeclaredRoute[] {
  const seen = new Set<string>();
  return routes
    .filter((r) => r.method !== 'HEAD' && !r.url.startsWith('/api/v1/docs'))
    .filter((r) => {
      const key = `${r.method} ${r.url}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((a, b) => (a.url === b.url ? a.method.localeCompare(b.method) : a.url.localeCompare(b.url)));
}

/** What a caller gets on a route: ✓, own (narrowed to its own records), or — (403). */
export function cell(route: DeclaredRoute, caller: { role: (typeof roles)[number] } | { token: true }): string {
  if (!route.permission) return '—';
  if ('token' in caller) {
    if (route.permission === 'public' || route.permission === 'authenticated') return mark.allow;
    if (route.permission === 'session') return mark.deny;
    return (tokenScopes as readonly string[]).includes(route.permission) ? `\`${route.permission}\`` : mark.deny;
  }
  return mark[decideAccess({ grants: roleGrants[caller.role], via: 'session' }, { access: route.permission, scoped: route.scoped })];
}

function needs(route: DeclaredRoute): string {
  const p = route.permission;
  if (p === undefined) return '**undeclared (closed)**';
  if (p === 'public') return 'public';
  if (p === 'authenticated') return 'signed in';
  if (p === 'session') return 'a person (session)';
  return `\`${p}\`${route.scoped ? ' (scoped)' : ''}`;
}

/**
 * docs/permissions.md, made from the routes' own declarations and the grants in
 * src/domain/access.ts (test/permissions.test.ts fails when the committed file differs).
 */
export function permissionMatrixMarkdown(routes: readonly DeclaredRoute[]): string {
  const rows = matrixRoutes(routes);
  const lines = [
    '# Permission matrix',
    '',
    '<!-- Generated from the routes\' declarations and src/domain/access.ts: `npm run docs:permissions`. Do not edit by hand. -->',
    '',
    'Every API route declares what it needs (`config.permission`); one hook enforces it. Without a credential every route but the',
    'public ones answers **401**; a caller without the permission gets **403**. `own`: the grant reaches only the caller’s own',
    'records — a supplier user its organisation’s targets, andons and work orders (anything else answers **404**, its existence',
    'unrevealed), an agent its own rewards. An API token holds exactly its scopes, for all records, never people or tokens',
    'management, never a person’s session routes.',
    '',
    '## Roles',
    '',
    `| permission | ${roles.join(' | ')} | token scope |`,
    `|---|${roles.map(() => ':-:').join('|')}|:-:|`,
    ...permissions.map((p: Permission) => {
      const cells = roles.map((r) => {
        const g = roleGrants[r][p];
        return g === 'all' ? mark.allow : g === 'own' ? mark.own : mark.deny;
      });
      return `| \`${p}\` | ${cells.join(' | ')} | ${(tokenScopes as readonly string[]).includes(p) ? mark.allow : mark.deny} |`;
    }),
    '',
    '## Routes',
    '',
    `| route | needs | ${roles.join(' | ')} | token |`,
    `|---|---|${roles.map(() => ':-:').join('|')}|:-:|`,
    ...rows.map((r) => {
      const cells = roles.map((role) => (r.permission === 'public' ? mark.allow : cell(r, { role })));
      return `| \`${r.method} ${r.url.replace('/api/v1', '')}\` | ${needs(r)} | ${cells.join(' | ')} | ${cell(r, { token: true })} |`;
    }),
    '',
    `${rows.length} routes; the API documentation (\`/api/v1/docs\`) is public, as are the web app's files.`,
    '',
  ];
  return lines.join('\n');
}
