import { useCallback, useState } from 'react';

let audio: AudioContext | null = null;

/** Prepares sound: browsers allow it only after a person's gesture (ticking the box is one). */
export function unlockSound(): void {
  audio ??= new AudioContext();
  void audio.resume();
}

/** A short two-tone chime: a new lamp is lit. */
export function chime(): void {
  if (!audio) return;
  const at = audio.currentTime;
  for (const [i, freq] of [880, 660].entries()) {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, at + i * 0.25);
    gain.gain.exponentialRampToValueAtTime(0.25, at + i * 0.25 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + i * 0.25 + 0.4);
    osc.connect(gain).connect(audio.destination);
    osc.start(at + i * 0.25);
    osc.stop(at + i * 0.25 + 0.45);
  }
}

/** A yes/no preference remembered in this browser. */
export function useStoredFlag(key: string, initial: boolean): [boolean, (v: boolean) => void] {
  const [value, setValue] = useState(() => {
    try {
      const stored = localStorage.getItem(key);
      return stored === null ? initial : stored === 'true';
    } catch {
      return initial;
    }
  });
  const set = useCallback(
    (v: boolean) => {
      setValue(v);
      try {
        localStorage.setItem(key, String(v));
      } catch {
        // private mode: for this page only
      }
    },
    [key],
  );
  return [value, set];
}
