import { useTranslation } from 'react-i18next';
import type { SimilarMatch } from '../api/lifecycle-types.ts';

/** An agent's ruling on a look-alike complaint. */
export type Verdict = NonNullable<SimilarMatch['verdict']>;

/**
 * "Same problem" / "Not the same" for one look-alike complaint, the verdict already recorded shown
 * pressed; `keys` picks the wording (the andon room's `similar`, the desk's `deskMatch`).
 */
export function VerdictButtons({
  keys,
  match,
  disabled,
  onDecide,
}: {
  keys: 'similar' | 'deskMatch';
  match: Pick<SimilarMatch, 'customerRef' | 'verdict'>;
  disabled: boolean;
  onDecide: (verdict: Verdict) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="inline-actions">
      {(['confirm', 'reject'] as const).map((verdict) => (
        <button
          key={verdict}
          type="button"
          className="button-secondary"
          aria-pressed={match.verdict === verdict}
          disabled={disabled}
          aria-label={t(`${keys}.${verdict}Label`, { ref: match.customerRef })}
          onClick={() => onDecide(verdict)}
        >
          {t(`${keys}.${verdict}`)}
        </button>
      ))}
    </div>
  );
}
