import type { ItemStatus } from '@/lib/db/types';
import { useEffect, useState } from 'react';
import { settingsItem, withDefaults, type Settings } from '@/lib/settings';
import { activeTabState, type TabState } from '@/lib/messaging/tab-channel';
import { panelFocusItem } from '@/entrypoints/background/panel';
import { SCREENS, usePanelStore } from '@/lib/store';

/** The current time, refreshed every `intervalMs` (for waiting times). */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

/** The stored settings, live (null while reading). */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    settingsItem.getValue().then(
      (s) => live && setSettings(withDefaults(s)),
      () => live && setSettings(withDefaults(null)),
    );
    const unwatch = settingsItem.watch((s) => setSettings(withDefaults(s)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}

/**
 * The active tab's scanning state, refreshed every few seconds (tabs change without telling a
 * panel that has no `tabs` permission). `?tab=<id>` pins the panel to one tab.
 */
export function useActiveTab(pollMs = 3_000): TabState | undefined {
  const [tab, setTab] = useState<TabState>();
  useEffect(() => {
    let live = true;
    const pinned = Number(new URLSearchParams(location.search).get('tab')) || undefined;
    // activeTabState never rejects (docs/RELIABILITY.md A3); the catch only guards against a future change.
    const settle = (s: TabState) => live && setTab((prev) => (JSON.stringify(prev) === JSON.stringify(s) ? prev : s));
    // Same state as before: keep the old object so the panel does not re-render every poll.
    const refresh = () => void activeTabState(pinned).then(settle, () => settle({ kind: 'unsupported' }));
    refresh();
    const id = setInterval(refresh, pollMs);
    return () => {
      live = false;
      clearInterval(id);
    };
  }, [pollMs]);
  return tab;
}

/** A badge clicked in the page selects its item here and shows the queue. */
export function usePageFocus(): void {
  const pageItemFocused = usePanelStore((s) => s.pageItemFocused);
  useEffect(() => {
    const off = panelFocusItem.watch((v) => v?.itemKey && pageItemFocused(v.itemKey));
    // The click that opened the panel happened just before this page loaded.
    panelFocusItem.getValue().then(
      (v) => v?.itemKey && Date.now() - v.at < 60_000 && pageItemFocused(v.itemKey),
      () => undefined,
    );
    return off;
  }, [pageItemFocused]);
}

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && !!t.closest('input, textarea, select, [contenteditable="true"]');

/** 1–5 switch screens, `?` lists the shortcuts, Escape closes the list. */
export function useScreenShortcuts(): void {
  const screenOpened = usePanelStore((s) => s.screenOpened);
  const shortcutsToggled = usePanelStore((s) => s.shortcutsToggled);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const n = Number(e.key);
      if (Number.isInteger(n) && n >= 1 && n <= SCREENS.length) screenOpened(SCREENS[n - 1]!);
      else if (e.key === '?') shortcutsToggled();
      else if (e.key === 'Escape') shortcutsToggled(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [screenOpened, shortcutsToggled]);
}

/** j/k move through the queue, Enter opens the selected comment in the page. */
/** n, i, r, e, s, x: a status for the chosen items (or the open one), outside text fields. */
export const STATUS_KEYS: Record<string, ItemStatus> = {
  n: 'new',
  i: 'inProgress',
  r: 'replied',
  e: 'escalated',
  s: 'resolved',
  x: 'dismissed',
};
export function useStatusKeys(apply: ((status: ItemStatus) => void) | null): void {
  useEffect(() => {
    if (!apply) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const status = STATUS_KEYS[e.key];
      if (!status) return;
      e.preventDefault();
      apply(status);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [apply]);
}

export function useQueueKeys(
  keys: readonly string[] | undefined,
  selectedKey: string | null,
  select: (key: string) => void,
  open: (key: string) => void,
): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!keys || keys.length === 0 || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      // Enter on a focused button or link is that control's own action.
      if (e.key === 'Enter' && e.target instanceof HTMLElement && e.target.closest('button, a')) return;
      const i = selectedKey === null ? -1 : keys.indexOf(selectedKey);
      if (e.key === 'j') select(keys[Math.min(keys.length - 1, i + 1)]!);
      else if (e.key === 'k') select(keys[Math.max(0, i - 1)]!);
      else if (e.key === 'Enter' && selectedKey) open(selectedKey);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keys, selectedKey, select, open]);
}
