import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lifecycle } from '../../api/lifecycle-endpoints.ts';
import { useResource } from '../../api/use-resource.ts';
import type { ComplaintEvidence } from '../../api/types.ts';
import { Can } from '../../components/can.tsx';
import { SelectField } from '../../components/fields.tsx';
import { useIdentity } from '../../components/identity.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useFormat } from '../../components/use-format.ts';
import { useIssueCodes } from '../../components/use-issue-codes.ts';
import { useSubmit } from '../../components/use-submit.ts';
import { VerdictButtons } from '../../components/verdict-buttons.tsx';

/**
 * 相似投诉: the target's earlier complaints that look like the same problem as one of this andon's,
 * most alike first; an agent confirms or rejects each pair (the matcher learns from it) — those who
 * may record complaints; everyone else sees the matches and the verdicts so far.
 */
export function SimilarComplaints({ complaints }: { complaints: ComplaintEvidence[] }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const { nameOf } = useIssueCodes();
  const identity = useIdentity();
  const decide = useSubmit();
  const [chosen, setChosen] = useState(complaints[0]?.id ?? '');
  const similar = useResource(chosen ? (signal) => lifecycle.similar(chosen, signal) : null, [
    chosen,
    i18n.language,
  ]);
  if (complaints.length === 0) return null;
  const percent = (x: number) => new Intl.NumberFormat(f.locale, { style: 'percent' }).format(x);
  return (
    <section aria-labelledby="similar-title" data-testid="similar">
      <h2 id="similar-title">{t('similar.title')}</h2>
      <SelectField
        label={t('similar.of')}
        value={chosen}
        onValue={setChosen}
        options={complaints.map((c) => ({
          value: c.id,
          label: `${t('complaint.customer', { ref: c.customerRef })} · ${f.dateTime(c.occurredAt)}`,
        }))}
      />
      {similar.error ? <ProblemMessage error={similar.error} onRetry={similar.reload} /> : null}
      {decide.error ? <ProblemMessage error={decide.error} /> : null}
      {similar.data?.suggestion ? <p className="notice">{similar.data.suggestion.message}</p> : null}
      {similar.data && similar.data.matches.length === 0 ? (
        <p className="muted">{t('similar.none')}</p>
      ) : null}
      <ol className="complaints">
        {similar.data?.matches.map((m) => (
          <li key={m.id} className="complaint" data-testid="similar-match">
            <p className="complaint-meta">
              <span>{t('complaint.customer', { ref: m.customerRef })}</span>
              <time dateTime={m.occurredAt}>{f.dateTime(m.occurredAt)}</time>
              <span>{nameOf(m.issueCode)}</span>
              <span className="tag">{t('similar.alike', { percent: percent(m.similarity) })}</span>
              {m.verdict ? (
                <span className="tag">
                  {t(m.verdict === 'confirm' ? 'similar.confirmed' : 'similar.rejected')}
                </span>
              ) : null}
            </p>
            {m.text ? <blockquote className="complaint-text">{m.text}</blockquote> : null}
            <Can permission="complaints:write">
              <VerdictButtons
                keys="similar"
                match={m}
                disabled={decide.busy || !identity}
                onDecide={(verdict) =>
                  void decide.run(async () => {
                    await lifecycle.sameProblem(chosen, {
                      otherComplaintId: m.id,
                      verdict,
                      decidedBy: identity,
                    });
                    similar.reload();
                  })
                }
              />
            </Can>
          </li>
        ))}
      </ol>
    </section>
  );
}
