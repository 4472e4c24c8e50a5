import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Money } from '#domain/money.ts';
import { endpoints } from '../../api/endpoints.ts';
import { useLiveRefresh } from '../../api/live.tsx';
import { useResource } from '../../api/use-resource.ts';
import { useFormat } from '../../components/use-format.ts';
import { useIssueCodes } from '../../components/use-issue-codes.ts';
import { useLabel } from '../../components/use-label.ts';

/** One's own pulls and rewards (the latest 20), with the pending and granted totals. */
async function loadMine(agentRef: string, signal: AbortSignal) {
  const rewards = (await endpoints.rewardsOf(agentRef, signal)).items;
  const andons = await Promise.all(
    rewards.slice(0, 20).map((r) => endpoints.andon(r.andonId, signal).catch(() => null)),
  );
  const totals = (status: string): Money[] => {
    const sums = new Map<string, number>();
    for (const r of rewards)
      if (r.status === status)
        sums.set(r.amount.currency, (sums.get(r.amount.currency) ?? 0) + r.amount.amountMinor);
    return [...sums].map(([currency, amountMinor]) => ({ currency, amountMinor }));
  };
  return {
    rows: rewards.slice(0, 20).map((reward, i) => ({ reward, andon: andons[i] ?? null })),
    pending: totals('pending'),
    granted: totals('granted'),
  };
}

export function MyPulls({ agentRef }: { agentRef: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { nameOf } = useIssueCodes();
  const label = useLabel();
  const mine = useResource(agentRef ? (signal) => loadMine(agentRef, signal) : null, [agentRef]);
  useLiveRefresh(mine.reload, (m) => m.type === 'andon.pulled');
  const sum = (list: Money[]) =>
    list.map((m) => f.money(m)).join(' + ') || f.money({ amountMinor: 0, currency: 'CNY' });
  return (
    <section className="card" aria-labelledby="my-pulls">
      <h2 id="my-pulls">{t('desk.myPulls')}</h2>
      {!agentRef ? <p className="muted">{t('app.identity.missing')}</p> : null}
      {mine.data ? (
        <>
          <p className="totals">
            <span>{t('desk.rewardsPending', { amount: sum(mine.data.pending) })}</span>
            <span>{t('desk.rewardsGranted', { amount: sum(mine.data.granted) })}</span>
          </p>
          {mine.data.rows.length === 0 ? <p className="muted">{t('desk.myPullsNone')}</p> : null}
          <ul className="my-pulls" data-testid="my-pulls">
            {mine.data.rows.map(({ reward, andon }) => (
              <li key={reward.id}>
                <Link href={`/andons/${reward.andonId}`}>{andon ? andon.target.name : reward.andonId}</Link>
                {andon ? (
                  <span className="muted">
                    {' '}
                    · {nameOf(andon.issueCode)} · {label('state', andon.state)}
                  </span>
                ) : null}
                <span className={`tag tag-${reward.status}`}>
                  {f.money(reward.amount)} · {t(`rewardStatus.${reward.status}`)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
