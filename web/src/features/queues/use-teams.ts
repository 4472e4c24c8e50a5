import { admin } from '../../api/admin-endpoints.ts';
import type { Team } from '../../api/types.ts';
import { useResource } from '../../api/use-resource.ts';

export interface TeamsOf {
  teams: Team[];
  /** The team a person belongs to (member) or leads (lead, manager, director), if any. */
  teamOf: (ref: string) => string | null;
}

async function loadTeams(signal: AbortSignal): Promise<TeamsOf> {
  const teams = (await admin.teams(signal)).items;
  const members = await Promise.all(
    teams.map((team) => admin.members(team.id, signal).catch(() => ({ items: [] }))),
  );
  const byMember = new Map<string, string>();
  members.forEach((m) => m.items.forEach((x) => byMember.set(x.memberRef.toLowerCase(), x.teamId)));
  return {
    teams,
    teamOf: (ref) => {
      const r = ref.trim().toLowerCase();
      if (!r) return null;
      const led = teams.find((t) =>
        [t.leadRef, t.managerRef, t.directorRef].some((x) => x?.toLowerCase() === r),
      );
      return byMember.get(r) ?? led?.id ?? null;
    },
  };
}

/** The teams, and who is in which (members, and the people on each team's ladder). */
export function useTeams() {
  return useResource(loadTeams, ['teams-with-members']);
}
