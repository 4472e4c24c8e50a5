import { type Locale, translate } from '#i18n/index.ts';

/** A chat message before a platform dresses it: a title, lines of text, and a link to the andon room. */
export interface ChatMessage {
  title: string;
  lines: string[];
  link: { text: string; url: string } | null;
}

interface TargetFacts {
  ref: string;
  name: string;
  monthlyGmv?: { amountMinor: number; currency: string } | null;
}

function money(locale: Locale, m: { amountMinor: number; currency: string }): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency }).format(m.amountMinor / 100);
}

function when(locale: Locale, iso: unknown): string {
  if (typeof iso !== 'string') return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso)) + ' UTC';
}

/** Renders the facts an outbox message carries into a message in the channel's language. */
export function renderChatMessage(facts: Record<string, unknown>, locale: Locale, publicUrl?: string): ChatMessage {
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, `chat.${key}`, params);
  const target = (facts['target'] as TargetFacts | null) ?? null;
  const andonId = typeof facts['andonId'] === 'string' ? facts['andonId'] : null;
  const link = publicUrl && andonId ? { text: t('open'), url: `${publicUrl.replace(/\/$/, '')}/andons/${andonId}` } : null;
  const targetName = target ? `${target.name} (${target.ref})` : t('unknownTarget');
  switch (facts['kind']) {
    case 'andon.pulled': {
      const lines = [t('pulled.body', { by: facts['pulledBy'], target: targetName, issue: facts['issueCode'] })];
      lines.push(t(`pulled.trigger.${String(facts['trigger'])}`));
      if (target?.monthlyGmv) lines.push(t('pulled.gmv', { gmv: money(locale, target.monthlyGmv) }));
      return { title: t('pulled.title', { target: target?.name ?? targetName }), lines, link };
    }
    case 'escalation': {
      const level = translate(locale, `escalation.levels.${String(facts['level'] ?? 'owner')}`);
      const subject = facts['workOrderType'] ? translate(locale, `workOrders.${String(facts['workOrderType'])}.title`) : t('escalation.lamp');
      const lines = [
        t(`escalation.clock.${String(facts['clock'])}`, { dueAt: when(locale, facts['dueAt']), pulledAt: when(locale, facts['pulledAt']) }),
        t('escalation.target', { target: targetName, issue: facts['issueCode'] ?? '—' }),
      ];
      const team = facts['team'] as { name: string } | null;
      lines.push(t('escalation.who', { who: facts['recipientRef'] ?? (team ? team.name : '—'), level }));
      if (team) lines.push(t('escalation.team', { team: team.name }));
      return { title: t('escalation.title', { level, subject }), lines, link };
    }
    default:
      return { title: t('test.title'), lines: [t('test.body')], link: null };
  }
}
