import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Money } from '#domain/money.ts';
import { ProblemMessage } from '../../components/problem-message.tsx';
import { useIssueCodes } from '../../components/use-issue-codes.ts';
import { useFormat, useNow } from '../../components/use-format.ts';
import { useTitle } from '../../components/use-title.ts';
import { chime, unlockSound, useStoredFlag } from './alert.ts';
import { LampCard } from './lamp-card.tsx';
import { useBoard } from './use-board.ts';
import './board.css';

const FRESH_MS = 10_000;

/** Monthly sales paused by the lit (red and amber) lamps, per currency. */
function salesPaused(lamps: { colour: string; andon: { monthlyGmv: Money | null } }[]): Money[] {
  const sums = new Map<string, number>();
  for (const l of lamps) {
    if (l.colour === 'green' || !l.andon.monthlyGmv) continue;
    const { currency, amountMinor } = l.andon.monthlyGmv;
    sums.set(currency, (sums.get(currency) ?? 0) + amountMinor);
  }
  return [...sums].map(([currency, amountMinor]) => ({ currency, amountMinor }));
}

/** 按灯看板: every lit lamp, live; full screen for the office wall; optional sound and flash for a new one. */
export function BoardPage() {
  const { t } = useTranslation();
  const f = useFormat();
  useTitle(t('board.title'));
  const now = useNow(30_000);
  const { data: lamps, error, reload } = useBoard();
  const { nameOf } = useIssueCodes();
  const [sound, setSound] = useStoredFlag('andon.board.sound', false);
  const [flash, setFlash] = useStoredFlag('andon.board.flash', true);
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const [fullscreen, setFullscreen] = useState(false);
  const seen = useRef<Set<string> | null>(null);
  const boardRef = useRef<HTMLElement>(null);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);

  // A lamp not seen before (after the first load) has just lit: flash it, chime, say so.
  useEffect(() => {
    if (!lamps) return;
    const ids = new Set(lamps.map((l) => l.andon.id));
    const before = seen.current;
    seen.current = ids;
    if (!before) return;
    const lit = lamps.filter((l) => !before.has(l.andon.id) && l.colour === 'red');
    if (lit.length === 0) return;
    setFresh((s) => new Set([...s, ...lit.map((l) => l.andon.id)]));
    setAnnouncement(
      lit
        .map((l) =>
          t('board.newLamp', {
            target: l.target?.name ?? l.andon.targetId,
            problem: nameOf(l.andon.issueCode),
          }),
        )
        .join(' '),
    );
    if (sound) chime();
    timers.current.push(
      setTimeout(
        () => setFresh((s) => new Set([...s].filter((id) => !lit.some((l) => l.andon.id === id)))),
        FRESH_MS,
      ),
    );
  }, [lamps, nameOf, sound, t]);
  useEffect(() => () => timers.current.forEach(clearTimeout), []);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement === boardRef.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void boardRef.current?.requestFullscreen();
  };

  const lit = lamps?.filter((l) => l.colour !== 'green').length ?? 0;
  const paused = lamps ? salesPaused(lamps) : [];
  return (
    <section ref={boardRef} className={`board${flash ? ' board-flash' : ''}`} aria-labelledby="board-title">
      <header className="board-header">
        <div>
          <h1 id="board-title" tabIndex={-1}>
            {t('board.title')}
          </h1>
          {lamps ? (
            <p className="board-summary" data-testid="board-summary">
              <span>{t('board.lit', { count: lit })}</span>
              {paused.length ? (
                <span>
                  {t('board.salesPaused', { amount: paused.map((m) => f.money(m, true)).join(' + ') })}
                </span>
              ) : null}
            </p>
          ) : null}
        </div>
        <div className="board-controls">
          <label className="check">
            <input
              type="checkbox"
              checked={sound}
              onChange={(e) => {
                if (e.target.checked) unlockSound();
                setSound(e.target.checked);
              }}
            />
            {t('board.sound')}
          </label>
          <label className="check">
            <input type="checkbox" checked={flash} onChange={(e) => setFlash(e.target.checked)} />
            {t('board.flash')}
          </label>
          <button
            type="button"
            className="button-secondary"
            onClick={toggleFullscreen}
            aria-pressed={fullscreen}
          >
            {fullscreen ? t('board.exitFullscreen') : t('board.fullscreen')}
          </button>
        </div>
      </header>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {error && !lamps ? <ProblemMessage error={error} onRetry={reload} /> : null}
      {!lamps && !error ? <p className="muted">{t('app.loading')}</p> : null}
      {lamps && lamps.length === 0 ? <p className="board-empty">{t('board.empty')}</p> : null}
      {lamps && lamps.length > 0 ? (
        <ul className="lamps" data-testid="lamps">
          {lamps.map((lamp) => (
            <LampCard
              key={lamp.andon.id}
              lamp={lamp}
              problem={nameOf(lamp.andon.issueCode)}
              now={now}
              fresh={fresh.has(lamp.andon.id)}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
