import { useCallback, useEffect, useRef, useState } from 'react';
import type { Flywheel } from '#domain/flywheel/model.ts';
import { flywheels } from '../../api/flywheel-endpoints.ts';
import type { Studio } from '../../api/flywheel-types.ts';

/** Where the draft stands against the server: every change saved, one waiting, being saved, or refused. */
export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

export interface StudioState {
  studio: Studio | null;
  /** The flywheel as edited here (ahead of `studio.flywheel` until saved). */
  draft: Flywheel | null;
  loadError: unknown;
  save: SaveState;
  saveError: unknown;
  /** Applies an edit to the draft; it is saved shortly after the last edit. */
  edit: (change: (draft: Flywheel) => Flywheel) => void;
  /** Saves a waiting change now (before a version is kept, say). */
  flush: () => Promise<void>;
  /** Loads the studio again (after a case or a version changed what the server computes). */
  reload: () => Promise<void>;
}

const SAVE_AFTER_MS = 600;

/**
 * One flywheel in the studio: loaded, edited here with instant local checks, saved in the background.
 * Without `canSave` (a person who may only read flywheels) edits stay in this page: a what-if.
 */
export function useStudio(id: string, canSave = true): StudioState {
  const [studio, setStudio] = useState<Studio | null>(null);
  const [draft, setDraft] = useState<Flywheel | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [save, setSave] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<unknown>(null);
  const latest = useRef<Flywheel | null>(null);
  const revision = useRef(0);
  const savedRevision = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);

  const saveNow = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // One save at a time; a change made meanwhile is saved right after.
    while (inFlight.current) await inFlight.current;
    if (revision.current === savedRevision.current || !latest.current) return;
    const rev = revision.current;
    setSave('saving');
    const run = flywheels.saveDraft(id, latest.current).then(
      (next) => {
        savedRevision.current = rev;
        setStudio(next);
        setSaveError(null);
        setSave(revision.current === rev ? 'saved' : 'pending');
      },
      (err: unknown) => {
        setSaveError(err);
        setSave('failed');
      },
    );
    inFlight.current = run;
    try {
      await run;
    } finally {
      inFlight.current = null;
    }
    if (revision.current !== savedRevision.current && !timer.current) {
      timer.current = setTimeout(() => void saveNow(), SAVE_AFTER_MS);
    }
  }, [id]);

  const reload = useCallback(async () => {
    try {
      const next = await flywheels.studio(id);
      setStudio(next);
      setLoadError(null);
      if (revision.current === savedRevision.current) {
        latest.current = next.flywheel;
        setDraft(next.flywheel);
      }
    } catch (err) {
      setLoadError(err);
    }
  }, [id]);

  useEffect(() => {
    revision.current = 0;
    savedRevision.current = 0;
    void reload();
    return () => {
      // Leaving the studio saves what is still waiting.
      if (revision.current !== savedRevision.current) void saveNow();
    };
  }, [reload, saveNow]);

  const edit = useCallback(
    (change: (d: Flywheel) => Flywheel) => {
      const current = latest.current;
      if (!current) return;
      const next = change(current);
      if (next === current) return;
      if (!canSave) {
        latest.current = next;
        setDraft(next);
        return;
      }
      latest.current = next;
      revision.current++;
      setDraft(next);
      setSave('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), SAVE_AFTER_MS);
    },
    [saveNow, canSave],
  );

  return { studio, draft, loadError, save, saveError, edit, flush: saveNow, reload };
}
