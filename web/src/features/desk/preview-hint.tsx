import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { SimilarResult } from '../../api/lifecycle-types.ts';
import { useFormat } from '../../components/use-format.ts';

/** Words fewer than this say too little to compare. */
const MIN_LENGTH = 4;
/** Ask once the agent pauses typing, not on every key. */
const PAUSE_MS = 600;

/** POST /matching/preview: the target's earlier look-alikes for words not yet recorded. */
function previewSimilar(body: { targetId: string; text: string; limit: number }, signal: AbortSignal) {
  return api<SimilarResult>('/matching/preview', { method: 'POST', body, signal });
}

/**
 * While the agent types the customer's words: "earlier complaints on this target look like the same
 * problem". Only a hint, so a failed look-up shows nothing; the full answer comes once it is recorded.
 */
export function PreviewHint({ targetId, text, id }: { targetId: string | null; text: string; id: string }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const [found, setFound] = useState<{ key: string; result: SimilarResult } | null>(null);
  const words = text.trim();
  const key = targetId && words.length >= MIN_LENGTH ? `${targetId}|${words}|${i18n.language}` : '';

  useEffect(() => {
    if (!key || !targetId) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      previewSimilar({ targetId, text: words, limit: 5 }, abort.signal).then(
        (result) => setFound({ key, result }),
        () => undefined,
      );
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [key, targetId, words]);

  const suggestion = found && found.key === key ? found.result.suggestion : null;
  return (
    <p id={id} className="field-note preview-hint" aria-live="polite" data-testid="preview-hint">
      {suggestion
        ? t('deskMatch.hint', {
            count: suggestion.complaintIds.length,
            similarity: new Intl.NumberFormat(f.locale, { style: 'percent' }).format(suggestion.similarity),
          })
        : null}
    </p>
  );
}
