import { useEffect, useState } from 'react';
import type { FlaggedItem } from '@/lib/db/types';

/** The current time, refreshed every `intervalMs` (for waiting times). */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

/** j/k move through the queue, Enter shows the selected comment on the page. */
export function useKeyboard(items: FlaggedItem[] | undefined, selectedKey: string | null, select: (key: string) => void, open: (key: string) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement;
      if (!items || items.length === 0 || t.closest('input, textarea, select')) return;
      const i = items.findIndex((x) => x.key === selectedKey);
      if (e.key === 'j') select(items[Math.min(items.length - 1, i + 1)]!.key);
      else if (e.key === 'k') select(items[Math.max(0, i - 1)]!.key);
      else if (e.key === 'Enter' && selectedKey) open(selectedKey);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items, selectedKey, select, open]);
}
