import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { endpoints } from '../../api/endpoints.ts';
import { lifecycle } from '../../api/lifecycle-endpoints.ts';
import type { SimilarMatch } from '../../api/lifecycle-types.ts';
import { useLiveRefresh } from '../../api/live.tsx';
import type { AndonDetail, ComplaintResult, RepeatEvidence as Evidence, Target } from '../../api/types.ts';
import { useCan } from '../../api/use-can.ts';
import { useResource } from '../../api/use-resource.ts';
import { useIdentity } from '../../components/identity.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useSubmit } from '../../components/use-submit.ts';
import { useTitle } from '../../components/use-title.ts';
import { ComplaintForm } from './complaint-form.tsx';
import { LookUp, NoDesk } from './desk-access.tsx';
import { MyPulls } from './my-pulls.tsx';
import { PullDialog } from './pull-dialog.tsx';
import { RepeatEvidence } from './repeat-evidence.tsx';
import { type Ruled, SameProblem, type Verdict } from './same-problem.tsx';
import { countsByText, withVerdicts } from './text-evidence.ts';
import './desk.css';

interface Shown {
  key: string;
  evidence: Evidence;
  openAndonId: string | null;
}

async function loadEvidence(target: Target, issueCode: string, signal: AbortSignal): Promise<Shown> {
  const [evidence, open] = await Promise.all([
    endpoints.repeats(target.id, issueCode, signal),
    endpoints.openAndonFor(target.id, issueCode, signal),
  ]);
  return { key: `${target.id}|${issueCode}`, evidence, openAndonId: open.items[0]?.id ?? null };
}

/** What a recorded complaint did beyond being recorded. */
const outcomes = {
  recorded: null,
  suggest_pull: null,
  replayed: null,
  auto_pulled: 'desk.autoPulled',
  recurrence_pulled: 'desk.recurrencePulled',
  attached: 'desk.attached',
} as const satisfies Record<ComplaintResult['action'], string | null>;

/**
 * 客服工作台: log a complaint, see the repeat evidence and the look-alikes at once, confirm or reject
 * "the same problem", pull the cord when the rule is met. Each part only for those who may use it.
 */
export function DeskPage() {
  const { t } = useTranslation();
  useTitle(t('desk.title'));
  const identity = useIdentity();
  const canWrite = useCan('complaints:write');
  const canRead = useCan('complaints:read');
  const canPull = useCan('andons:pull');
  const canRewards = useCan('rewards:read');
  const [target, setTarget] = useState<Target | null>(null);
  const [issueCode, setIssueCode] = useState('');
  const [result, setResult] = useState<ComplaintResult | null>(null);
  const [pulled, setPulled] = useState<AndonDetail | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [shown, setShown] = useState<Shown | null>(null);
  const key = target && issueCode ? `${target.id}|${issueCode}` : '';

  const fetched = useResource(
    target && issueCode ? (signal) => loadEvidence(target, issueCode, signal) : null,
    [key],
  );
  useLiveRefresh(fetched.reload, (m) => target !== null && 'targetId' in m && m.targetId === target.id);
  useEffect(() => {
    if (fetched.data) setShown(fetched.data);
  }, [fetched.data]);

  // The recorded complaint's look-alikes, whatever issue code they were filed under.
  const similar = useResource(
    result && canWrite ? (signal) => lifecycle.similar(result.complaint.id, signal, 'window') : null,
    [result?.complaint.id, canWrite],
  );
  // Other agents record complaints on the same target meanwhile: ask again for the look-alikes (the
  // verdicts live on the server, so those already recorded stay) and recount the evidence from them.
  useLiveRefresh(
    similar.reload,
    (m) =>
      result !== null &&
      m.type === 'complaint.created' &&
      m.targetId === result.complaint.targetId &&
      m.complaintId !== result.complaint.id,
  );
  const decision = useSubmit();
  const [ruled, setRuled] = useState<Ruled | null>(null);
  // A rule that matches by text counts what the agent rules; the record's answer is then the evidence.
  const byText = result !== null && countsByText(result.repeat);

  const decide = (verdict: Verdict, matches: SimilarMatch[]) => {
    if (!result) return;
    void decision.run(async () => {
      try {
        for (const m of matches)
          await lifecycle.sameProblem(result.complaint.id, {
            otherComplaintId: m.id,
            verdict,
            decidedBy: identity,
          });
        setRuled({ verdict, matches });
      } finally {
        // Also after a refusal part-way through "all": show the verdicts the server did record.
        similar.reload();
        if (!byText) fetched.reload();
      }
    });
  };

  const choose = (next: Target | null, code: string) => {
    setTarget(next);
    setIssueCode(code);
    setResult(null);
    setPulled(null);
    setRuled(null);
  };

  const recorded = (r: ComplaintResult) => {
    setResult(r);
    setPulled(null);
    setRuled(null);
    // The answer carries the evidence: show it at once, then reload to stay in step.
    setShown({
      key,
      evidence: r.repeat,
      openAndonId: r.andon && r.andon.closedAt === null ? r.andon.id : null,
    });
    fetched.reload();
  };

  const resultAndon = result?.andon?.id ?? null;
  const current: Shown | null =
    result && byText
      ? {
          key,
          evidence: withVerdicts(result.repeat, similar.data?.matches ?? [], result.complaint.issueCode),
          openAndonId: pulled?.id ?? (result.andon && result.andon.closedAt === null ? resultAndon : null),
        }
      : shown && shown.key === key
        ? shown
        : null;
  const outcome = result ? outcomes[result.action] : null;
  if (!canRead && !canWrite)
    return (
      <div className="desk">
        <h1 tabIndex={-1}>{t('desk.title')}</h1>
        <NoDesk />
      </div>
    );
  return (
    <div className="desk">
      <h1 tabIndex={-1}>{t('desk.title')}</h1>
      <div className="desk-columns">
        {canWrite ? (
          <ComplaintForm
            target={target}
            issueCode={issueCode}
            onTarget={(next) => choose(next, issueCode)}
            onIssueCode={(code) => choose(target, code)}
            onRecorded={recorded}
          />
        ) : (
          <LookUp
            target={target}
            issueCode={issueCode}
            canPull={canPull}
            onTarget={(next) => choose(next, issueCode)}
            onIssueCode={(code) => choose(target, code)}
          />
        )}
        <section className="card" aria-labelledby="evidence-title" aria-live="polite">
          <h2 id="evidence-title">{t('desk.evidence')}</h2>
          {result ? (
            <p className="notice" data-testid="desk-result">
              {result.replayed ? t('desk.replayed') : t('desk.recorded')} {outcome ? t(outcome) : ''}{' '}
              {resultAndon && outcome ? (
                <Link href={`/andons/${resultAndon}`}>{t('desk.openAndon')}</Link>
              ) : null}
            </p>
          ) : null}
          {pulled ? (
            <p className="notice notice-pulled" role="status" data-testid="pulled">
              <strong>{t('pull.done', { target: pulled.target.name })}</strong>{' '}
              <Link href={`/andons/${pulled.id}`}>{t('desk.openAndon')}</Link>
            </p>
          ) : null}
          {result && canWrite ? (
            <SameProblem
              similar={similar}
              byText={byText}
              decide={identity ? decide : null}
              busy={decision.busy}
              error={decision.error}
              ruled={ruled}
            />
          ) : null}
          {!key ? <p className="muted">{t('desk.evidenceHint')}</p> : null}
          {key && fetched.error && !current ? (
            <ProblemMessage error={fetched.error} onRetry={fetched.reload} />
          ) : null}
          {key && !current && !fetched.error ? <p className="muted">{t('app.loading')}</p> : null}
          {current && target ? (
            <>
              <RepeatEvidence
                evidence={current.evidence}
                openAndonId={current.openAndonId}
                highlight={result?.complaint.id}
                canPull={canPull && target.status !== 'retired' && identity !== ''}
                onPull={() => setConfirming(true)}
              />
              <PullDialog
                open={confirming}
                target={target}
                issueCode={issueCode}
                evidence={current.evidence}
                complaintId={result && result.complaint.targetId === target.id ? result.complaint.id : null}
                onClose={() => setConfirming(false)}
                onPulled={(andon) => {
                  setConfirming(false);
                  setPulled(andon);
                  setTarget(andon.target);
                  setShown({ ...current, openAndonId: andon.id });
                  fetched.reload();
                }}
              />
            </>
          ) : null}
        </section>
      </div>
      {canRewards ? <MyPulls agentRef={identity} /> : null}
    </div>
  );
}
