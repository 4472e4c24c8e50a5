import { useMemo } from 'react';
import { admin } from '../../api/admin-endpoints.ts';
import type { Team } from '../../api/types.ts';
import { useResource } from '../../api/use-resource.ts';

export interface TeamIndex {
  teams: Team[];
  /** The team a person (by ref) is in, if any. */
  teamOf: (ref: string) => Team | undefined;
  reload: () => void;
}

/** Every team and who is in it, to show and change a person's team (null without config:read). */
export function useTeamIndex(enabled: boolean): TeamIndex | null {
  const loaded = useResource(
    enabled
      ? async (signal: AbortSignal) => {
          const teams = (await admin.teams(signal)).items;
          const members = await Promise.all(teams.map((t) => admin.members(t.id, signal)));
          const byRef = new Map<string, Team>();
          teams.forEach((team, i) => members[i]!.items.forEach((m) => byRef.set(m.memberRef, team)));
          return { teams, byRef };
        }
      : null,
    ['team-index', enabled],
  );
  const data = loaded.data;
  const reload = loaded.reload;
  return useMemo(
    () =>
      data ? { teams: data.teams, teamOf: (ref: string) => data.byRef.get(ref.toLowerCase()), reload } : null,
    [data, reload],
  );
}
