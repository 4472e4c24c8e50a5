import { useTranslation } from 'react-i18next';
import type { SimilarMatch, SimilarResult } from '../../api/lifecycle-types.ts';
import type { Resource } from '../../api/use-resource.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useFormat } from '../../components/use-format.ts';
import { useIssueCodes } from '../../components/use-issue-codes.ts';
import { type Verdict, VerdictButtons } from '../../components/verdict-buttons.tsx';

export type { Verdict } from '../../components/verdict-buttons.tsx';

/** What the agent last ruled, to say it was recorded. */
export interface Ruled {
  verdict: Verdict;
  matches: SimilarMatch[];
}

interface Props {
  similar: Resource<SimilarResult>;
  /** Whether the rule counts look-alikes by text (a verdict changes the count) or by issue code. */
  byText: boolean;
  /** null: the person may look but not decide. */
  decide: ((verdict: Verdict, matches: SimilarMatch[]) => void) | null;
  busy: boolean;
  error: unknown;
  ruled: Ruled | null;
}

/** Named complaints in the sentence; more than this and it gives their number instead. */
const NAMED = 3;

/**
 * 相似投诉 on the desk: right after recording, the target's earlier complaints that look like the same
 * problem (whatever issue code they were filed under), "looks like the same problem as …" in the reader's
 * language, and "Same problem" / "Not the same" for each (or all at once); the matcher learns from them.
 */
export function SameProblem({ similar, byText, decide, busy, error, ruled }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const { nameOf } = useIssueCodes();
  const percent = (x: number) => new Intl.NumberFormat(f.locale, { style: 'percent' }).format(x);
  const data = similar.data;
  const suggestion = data?.suggestion ?? null;
  const alike = data ? data.matches.filter((m) => m.sameProblem) : [];
  const rest = data ? data.matches.filter((m) => !m.sameProblem && (m.similarity > 0 || m.verdict)) : [];
  const undecided = alike.filter((m) => m.verdict === null);

  const sentence = () => {
    if (!suggestion) return '';
    const named = suggestion.complaintIds
      .map((id) => alike.find((m) => m.id === id))
      .filter((m) => m !== undefined);
    const list =
      named.length > NAMED || named.length === 0
        ? t('deskMatch.complaintsMany', { count: suggestion.complaintIds.length })
        : new Intl.ListFormat(f.locale, { type: 'conjunction' }).format(
            named.map((m) => t('deskMatch.complaintOf', { ref: m.customerRef, date: f.date(m.occurredAt) })),
          );
    const similarity = percent(suggestion.similarity);
    return suggestion.otherCustomers === 0
      ? t('deskMatch.suggestionSameCustomer', { list, similarity })
      : t('deskMatch.suggestion', { list, count: suggestion.otherCustomers, similarity });
  };

  const row = (m: SimilarMatch) => (
    <li key={m.id} className="complaint" data-testid="same-problem-match">
      <p className="complaint-meta">
        <span>{t('complaint.customer', { ref: m.customerRef })}</span>
        <time dateTime={m.occurredAt}>{f.dateTime(m.occurredAt)}</time>
        <span>{nameOf(m.issueCode)}</span>
        <span className="tag">{t('deskMatch.alike', { percent: percent(m.similarity) })}</span>
        {m.verdict ? (
          <span className={`tag verdict-${m.verdict}`}>
            {t(m.verdict === 'confirm' ? 'deskMatch.confirmed' : 'deskMatch.rejected')}
          </span>
        ) : null}
      </p>
      {m.text ? <blockquote className="complaint-text">{m.text}</blockquote> : null}
      {decide ? (
        <VerdictButtons
          keys="deskMatch"
          match={m}
          disabled={busy}
          onDecide={(verdict) => decide(verdict, [m])}
        />
      ) : null}
    </li>
  );

  const first = ruled?.matches[0];
  return (
    <section className="same-problem" aria-labelledby="same-problem-title" data-testid="same-problem">
      <h3 id="same-problem-title">{t('deskMatch.title')}</h3>
      {similar.error ? <ProblemMessage error={similar.error} onRetry={similar.reload} /> : null}
      {!data && !similar.error ? <p className="muted">{t('deskMatch.loading')}</p> : null}
      {suggestion ? (
        <p className="notice suggestion" data-testid="suggestion">
          {sentence()}
        </p>
      ) : null}
      {ruled && first ? (
        <p role="status" className="ruled" data-testid="ruled">
          {ruled.verdict === 'confirm'
            ? ruled.matches.length > 1
              ? t('deskMatch.recordedConfirmMany', { count: ruled.matches.length })
              : t('deskMatch.recordedConfirm', { ref: first.customerRef })
            : t('deskMatch.recordedReject', { ref: first.customerRef })}
        </p>
      ) : null}
      {error ? <ProblemMessage error={error} /> : null}
      {data && alike.length === 0 && rest.length === 0 ? (
        <p className="muted">{t('deskMatch.none')}</p>
      ) : null}
      {data && (alike.length > 0 || rest.some((m) => m.verdict)) ? (
        <p className="field-note">{t(byText ? 'deskMatch.byText' : 'deskMatch.byIssueCode')}</p>
      ) : null}
      {decide && undecided.length > 1 ? (
        <button
          type="button"
          className="button-primary"
          disabled={busy}
          onClick={() => decide('confirm', undecided)}
        >
          {t('deskMatch.confirmAll', { count: undecided.length })}
        </button>
      ) : null}
      {alike.length ? <ol className="complaints">{alike.map(row)}</ol> : null}
      {rest.length ? (
        <details className="less-alike" data-testid="less-alike">
          <summary>{t('deskMatch.lessAlike', { count: rest.length })}</summary>
          <p className="field-note">{t('deskMatch.lessAlikeHint')}</p>
          <ol className="complaints">{rest.map(row)}</ol>
        </details>
      ) : null}
    </section>
  );
}
