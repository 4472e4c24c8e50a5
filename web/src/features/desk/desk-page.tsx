import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { endpoints } from '../../api/endpoints.ts';
import { useLiveRefresh } from '../../api/live.tsx';
import type { AndonDetail, ComplaintResult, RepeatEvidence as Evidence, Target } from '../../api/types.ts';
import { useResource } from '../../api/use-resource.ts';
import { useIdentity } from '../../components/identity.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useTitle } from '../../components/use-title.ts';
import { ComplaintForm } from './complaint-form.tsx';
import { MyPulls } from './my-pulls.tsx';
import { PullDialog } from './pull-dialog.tsx';
import { RepeatEvidence } from './repeat-evidence.tsx';
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

/** 客服工作台: log a complaint, see the repeat evidence at once, pull the cord when the rule is met. */
export function DeskPage() {
  const { t } = useTranslation();
  useTitle(t('desk.title'));
  const identity = useIdentity();
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

  const choose = (next: Target | null, code: string) => {
    setTarget(next);
    setIssueCode(code);
    setResult(null);
    setPulled(null);
  };

  const recorded = (r: ComplaintResult) => {
    setResult(r);
    setPulled(null);
    // The answer carries the evidence: show it at once, then reload to stay in step.
    setShown({
      key,
      evidence: r.repeat,
      openAndonId: r.andon && r.andon.closedAt === null ? r.andon.id : null,
    });
    fetched.reload();
  };

  const current = shown && shown.key === key ? shown : null;
  const resultAndon = result?.andon?.id ?? null;
  const outcome = result ? outcomes[result.action] : null;
  return (
    <div className="desk">
      <h1 tabIndex={-1}>{t('desk.title')}</h1>
      <div className="desk-columns">
        <ComplaintForm
          target={target}
          issueCode={issueCode}
          onTarget={(next) => choose(next, issueCode)}
          onIssueCode={(code) => choose(target, code)}
          onRecorded={recorded}
        />
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
                canPull={target.status !== 'retired' && identity !== ''}
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
      <MyPulls agentRef={identity} />
    </div>
  );
}
