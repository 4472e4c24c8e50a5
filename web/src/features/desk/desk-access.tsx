import { useTranslation } from 'react-i18next';
import { roles } from '#domain/access.ts';
import { useSession } from '../../api/session.ts';
import type { Target } from '../../api/types.ts';
import { IssuePicker } from './issue-picker.tsx';
import { TargetSearch } from './target-search.tsx';

/** The signed-in person's role, named in the reader's language. */
function useRoleName(): string {
  const { t } = useTranslation();
  const session = useSession();
  const role = session.status === 'signed-in' ? session.me.role : null;
  const known = roles.find((r) => r === role);
  return known ? t(`session.roles.${known}`) : t('deskAccess.someone');
}

/** For someone who may neither record nor read complaints: why there is nothing here, instead of a form that would be refused. */
export function NoDesk() {
  const { t } = useTranslation();
  return (
    <p className="notice" data-testid="desk-read-only">
      {t('deskAccess.noDesk', { role: useRoleName() })}
    </p>
  );
}

interface Props {
  target: Target | null;
  issueCode: string;
  canPull: boolean;
  onTarget: (t: Target | null) => void;
  onIssueCode: (code: string) => void;
}

/** For someone who may read complaints but not record them: choose a target and problem to see the evidence. */
export function LookUp({ target, issueCode, canPull, onTarget, onIssueCode }: Props) {
  const { t } = useTranslation();
  const role = useRoleName();
  return (
    <section className="card form" aria-labelledby="look-up-title">
      <h2 id="look-up-title">{t('deskAccess.lookUp')}</h2>
      <p className="notice desk-read-only" data-testid="desk-read-only">
        {t('deskAccess.readOnly', { role })} {canPull ? t('deskAccess.mayPull') : null}
      </p>
      <TargetSearch value={target} onChange={onTarget} />
      <IssuePicker value={issueCode} onChange={onIssueCode} />
    </section>
  );
}
