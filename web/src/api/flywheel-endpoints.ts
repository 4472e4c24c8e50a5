import type { FactorDefinition, Flywheel, FlywheelCase } from '#domain/flywheel/model.ts';
import { api, withQuery } from './client.ts';
import type {
  CreateFlywheel,
  FlywheelSummary,
  LiveSeries,
  SimulateBody,
  SimulationRun,
  Studio,
} from './flywheel-types.ts';

type Signal = AbortSignal | undefined;
const id = encodeURIComponent;

/** The flywheel studio's calls. */
export const flywheels = {
  list: (signal?: Signal) => api<{ items: FlywheelSummary[] }>('/flywheels', { signal }),
  create: (body: CreateFlywheel) => api<Studio>('/flywheels', { method: 'POST', body }),
  studio: (flywheelId: string, signal?: Signal) => api<Studio>(`/flywheels/${id(flywheelId)}`, { signal }),
  saveDraft: (flywheelId: string, draft: Flywheel) =>
    api<Studio>(`/flywheels/${id(flywheelId)}`, { method: 'PUT', body: draft }),
  remove: (flywheelId: string) => api<void>(`/flywheels/${id(flywheelId)}`, { method: 'DELETE' }),
  saveVersion: (flywheelId: string, note: string) =>
    api<{ version: number; note: string; createdAt: string }>(`/flywheels/${id(flywheelId)}/versions`, {
      method: 'POST',
      body: { note },
    }),
  saveFactors: (flywheelId: string, factors: FactorDefinition[]) =>
    api<{ factors: FactorDefinition[] }>(`/flywheels/${id(flywheelId)}/factors`, {
      method: 'PUT',
      body: { factors },
    }),
  saveCase: (flywheelId: string, c: FlywheelCase) =>
    api<FlywheelCase>(`/flywheels/${id(flywheelId)}/cases/${id(c.id)}`, { method: 'PUT', body: c }),
  removeCase: (flywheelId: string, caseId: string) =>
    api<void>(`/flywheels/${id(flywheelId)}/cases/${id(caseId)}`, { method: 'DELETE' }),
  simulate: (flywheelId: string, body: SimulateBody) =>
    api<SimulationRun>(`/flywheels/${id(flywheelId)}/simulate`, { method: 'POST', body }),
  live: (flywheelId: string, days: number, signal?: Signal) =>
    api<{ items: LiveSeries[] }>(withQuery(`/flywheels/${id(flywheelId)}/live`, { days }), { signal }),
  exportDocument: (flywheelId: string) => api<unknown>(`/flywheels/${id(flywheelId)}/export`),
  share: (flywheelId: string, shared: boolean) =>
    api<{ shareToken: string | null; url: string | null }>(`/flywheels/${id(flywheelId)}/share`, {
      method: 'POST',
      body: { shared },
    }),
  shared: (token: string, signal?: Signal) => api<Studio>(`/shared/flywheels/${id(token)}`, { signal }),
};
