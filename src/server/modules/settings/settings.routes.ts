import { actorOf, type AppContext, type ZodApp } from '../../context.ts';
import { problems } from '../../http/common.ts';
import { Settings, UpdateSettingsBody } from './settings.schema.ts';
import { getSettings, updateSettings } from './settings.service.ts';

export function settingsRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['settings'];
  app.get(
    '/settings',
    { config: { permission: 'config:read' }, schema: { tags, summary: 'Settings: the five-whys minimum, probation, missed-andon hours, SLAs, escalation step', response: { 200: Settings } } },
    async () => getSettings(ctx.database.db),
  );
  app.patch(
    '/settings',
    { config: { permission: 'config:write' }, schema: { tags, summary: 'Change settings (SLAs merge per type and field)', body: UpdateSettingsBody, response: { 200: Settings, ...problems(400, 415) } } },
    async (req) => ctx.writer.run((tx) => updateSettings(tx, req.body), actorOf(req)),
  );
}
