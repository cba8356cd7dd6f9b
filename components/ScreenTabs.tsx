import type { Screen } from '@/lib/store';
import { SCREENS } from '@/lib/store';
import { useT } from '@/lib/i18n/react';

export interface ScreenTabsProps {
  screen: Screen;
  /** Shown after the queue tab's name, e.g. the number of listed items. */
  queueCount?: number;
  onOpen(screen: Screen): void;
  onHelp(): void;
}

/** The panel's screens as tabs; 1–5 switch them (the shortcut is announced). */
export function ScreenTabs({ screen, queueCount, onOpen, onHelp }: ScreenTabsProps) {
  const t = useT();
  return (
    <nav className="tabs">
      <div role="tablist" aria-label="Stormwatch">
        {SCREENS.map((s, i) => (
          <button
            key={s}
            id={`tab-${s}`}
            role="tab"
            type="button"
            aria-selected={screen === s}
            aria-controls="screen"
            aria-keyshortcuts={String(i + 1)}
            tabIndex={screen === s ? 0 : -1}
            onClick={() => onOpen(s)}
          >
            {t(`tab_${s}`)}
            {s === 'queue' && queueCount !== undefined ? ` (${queueCount})` : ''}
          </button>
        ))}
      </div>
      <button type="button" className="help" aria-keyshortcuts="?" aria-label={t('shortcuts_button')} onClick={onHelp}>
        ?
      </button>
    </nav>
  );
}
