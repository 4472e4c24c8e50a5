import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '#domain/errors.ts';

type FieldName = 'why' | 'because' | 'evidence' | 'owner' | 'description' | 'dueAt';

/** Says why the five whys are not yet acceptable, in the reader's language, as they are typed. */
export function AnalysisCheck({ issues, whys }: { issues: FieldIssue[]; whys: number }) {
  const { t } = useTranslation();
  const fieldName = (f: FieldName) => t(`whys.fieldName.${f === 'dueAt' ? 'due' : f}`);
  // Empty fields of one why or one action make one line: "Why 3: the because, the evidence is missing."
  const missing = new Map<string, { head: string; n: number; fields: FieldName[] }>();
  const lines: string[] = [];
  for (const issue of issues) {
    const [head, index, field] = issue.path;
    const n = typeof index === 'number' ? index + 1 : 0;
    if (issue.code === 'required' && (head === 'whys' || head === 'actions')) {
      const key = `${head}/${n}`;
      const entry = missing.get(key) ?? { head, n, fields: [] };
      if (!entry.fields.includes(field as FieldName)) entry.fields.push(field as FieldName);
      if (!missing.has(key)) {
        missing.set(key, entry);
        lines.push(key);
      }
      continue;
    }
    if (head === 'whys' && issue.code === 'too_few_whys')
      lines.push(t('whys.issue.tooFew', { min: Number(issue.params?.['min'] ?? 0), count: whys }));
    else if (head === 'whys' && issue.code === 'bare_human_error')
      lines.push(t('whys.issue.blameBecause', { n }));
    else if (head === 'statement')
      lines.push(t(issue.code === 'bare_human_error' ? 'whys.issue.blame' : 'whys.issue.statement'));
    else if (head === 'processLevel') lines.push(t('whys.issue.processLevel'));
    else if (issue.code === 'corrective_action_required') lines.push(t('whys.issue.corrective'));
    else if (issue.code === 'preventive_action_required') lines.push(t('whys.issue.preventive'));
    else if (issue.code === 'due_in_past') lines.push(t('whys.issue.dueInPast', { n }));
    else lines.push(issue.code);
  }
  const words = [
    ...new Set(
      lines.map((line) => {
        const entry = missing.get(line);
        if (!entry) return line;
        const field = entry.fields.map(fieldName).join(t('steps.separator'));
        return t(entry.head === 'whys' ? 'whys.issue.levelMissing' : 'whys.issue.actionMissing', {
          n: entry.n,
          field,
        });
      }),
    ),
  ];
  return (
    <div
      className={words.length ? 'analysis-check analysis-open' : 'analysis-check analysis-ready'}
      aria-live="polite"
      data-testid="analysis-check"
    >
      {words.length ? (
        <>
          <p>
            <strong>{t('whys.notYet')}</strong>
          </p>
          <ul>
            {words.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          <strong>{t('whys.ready')}</strong>
        </p>
      )}
    </div>
  );
}
