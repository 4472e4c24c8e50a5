import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { admin } from '../../api/admin-endpoints.ts';
import { useResource } from '../../api/use-resource.ts';
import { TextField } from '../../components/fields.tsx';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useSubmit } from '../../components/use-submit.ts';
import { useMayConfigure } from './read-only-note.tsx';
import { RemoveButton } from './remove-button.tsx';

/** The deployment's own terms: one concept, its words in any language (书页未裁开 = uncut pages). */
export function TermsSettings() {
  const { t } = useTranslation();
  const terms = useResource((signal) => admin.terms(signal), ['terms']);
  const submit = useSubmit();
  const [concept, setConcept] = useState('');
  const [words, setWords] = useState('');
  const may = useMayConfigure();
  return (
    <section className="card form" aria-labelledby="terms-title">
      <h3 id="terms-title">{t('settings.terms.title')}</h3>
      <p className="field-note">{t('settings.terms.intro')}</p>
      {terms.error ? <ProblemMessage error={terms.error} onRetry={terms.reload} /> : null}
      {terms.data && terms.data.items.length === 0 ? (
        <p className="muted">{t('settings.terms.none')}</p>
      ) : null}
      <ul className="members" data-testid="terms">
        {terms.data?.items.map((term) => (
          <li key={term.concept}>
            <strong>{term.concept}</strong>: {term.terms.join(' · ')}
            {may ? (
              <RemoveButton
                label={t('settings.terms.remove', { concept: term.concept })}
                onRemove={() =>
                  void submit.run(async () => {
                    await admin.deleteTerm(term.concept);
                    terms.reload();
                  })
                }
              />
            ) : null}
          </li>
        ))}
      </ul>
      {may ? (
        <form
          className="inline-form"
          onSubmit={submit.onSubmit(async () => {
            await admin.putTerm(
              concept.trim(),
              words
                .split(/[,，;；\n]+/)
                .map((w) => w.trim())
                .filter(Boolean),
            );
            setConcept('');
            setWords('');
            terms.reload();
          })}
        >
          <TextField
            label={t('settings.terms.concept')}
            required
            value={concept}
            onValue={setConcept}
            error={submit.fieldError('/concept')}
          />
          <TextField
            label={t('settings.terms.words')}
            hint={t('settings.terms.wordsHint')}
            required
            value={words}
            onValue={setWords}
            error={submit.fieldError('/terms')}
          />
          <button type="submit" className="button-secondary" disabled={submit.busy}>
            {t('settings.terms.add')}
          </button>
        </form>
      ) : null}
      {submit.error ? <ProblemMessage error={submit.error} /> : null}
    </section>
  );
}
