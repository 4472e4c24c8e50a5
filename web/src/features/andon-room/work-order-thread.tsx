import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lifecycle } from '../../api/lifecycle-endpoints.ts';
import { useLiveRefresh } from '../../api/live.tsx';
import { useGrant } from '../../api/use-can.ts';
import { useResource } from '../../api/use-resource.ts';
import { TextAreaField } from '../../components/fields.tsx';
import { useIdentity } from '../../components/identity.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useFormat } from '../../components/use-format.ts';
import { useSubmit } from '../../components/use-submit.ts';
import { Timeline } from './timeline.tsx';

// The history is the audit trail across organisations: read only by those who may read all work orders.
async function loadThread(orderId: string, withHistory: boolean, signal: AbortSignal) {
  const [comments, history] = await Promise.all([
    lifecycle.comments(orderId, signal),
    withHistory ? lifecycle.history(orderId, signal) : null,
  ]);
  return { comments: comments.items, history: history?.items ?? null };
}

/**
 * A work order's comments (anyone who works on it may add one) and its history; loaded when opened.
 * Those who only read see the comments without the form.
 */
export function WorkOrderThread({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const identity = useIdentity();
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const submit = useSubmit();
  const withHistory = useGrant('work_orders:read') === 'all';
  const mayComment = useGrant('work_orders:update') !== null;
  const thread = useResource(open ? (signal) => loadThread(orderId, withHistory, signal) : null, [
    orderId,
    open,
    withHistory,
  ]);
  useLiveRefresh(thread.reload, (m) => m.type === 'work_order.changed' && m.workOrderId === orderId);
  return (
    <details className="thread" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t(withHistory ? 'thread.title' : 'thread.comments')}</summary>
      {thread.error ? <ProblemMessage error={thread.error} onRetry={thread.reload} /> : null}
      {thread.data ? (
        <>
          <h5>{t('thread.comments')}</h5>
          {thread.data.comments.length === 0 ? <p className="muted">{t('thread.none')}</p> : null}
          <ol className="comments" data-testid="comments">
            {thread.data.comments.map((c) => (
              <li key={c.id}>
                <p className="complaint-meta">
                  <span>{c.authorRef}</span> <time dateTime={c.createdAt}>{f.dateTime(c.createdAt)}</time>
                </p>
                <p className="comment-body">{c.body}</p>
              </li>
            ))}
          </ol>
          {mayComment ? (
            <form
              className="form"
              onSubmit={submit.onSubmit(async () => {
                await lifecycle.comment(orderId, { authorRef: identity, body });
                setBody('');
                thread.reload();
              })}
            >
              <TextAreaField
                label={t('thread.add')}
                required
                rows={2}
                maxLength={10000}
                value={body}
                onValue={setBody}
                error={submit.fieldError('/body')}
              />
              {submit.error ? <ProblemMessage error={submit.error} /> : null}
              <div>
                <button type="submit" className="button-secondary" disabled={submit.busy || !identity}>
                  {t('thread.send')}
                </button>
              </div>
            </form>
          ) : null}
          {thread.data.history ? (
            <>
              <h5>{t('thread.history')}</h5>
              <Timeline events={thread.data.history} />
            </>
          ) : null}
        </>
      ) : open ? (
        <p className="muted">{t('app.loading')}</p>
      ) : null}
    </details>
  );
}
