/** Who is signed in and what they may do (GET /api/v1/auth/me). */
export interface Me {
  via: 'session' | 'token';
  ref: string;
  name: string;
  role: string | null;
  organisationId: string | null;
  user: { id: string; email: string; mustChangePassword: boolean } | null;
  grants: Partial<Record<string, 'all' | 'own'>>;
  csrfToken: string | null;
  sessionExpiresAt: string | null;
}
