import { ExportBar, type ExportBarProps } from './ExportBar';
import { useT } from '@/lib/i18n/react';

/**
 * The queue's exports behind one "Export" menu (a disclosure), so they take no room until asked
 * for. While an export runs, its progress and Cancel are shown on the line instead.
 */
export function ExportMenu(props: ExportBarProps) {
  const t = useT();
  if (props.progress) return <ExportBar {...props} />;
  return (
    <details className="menu export-menu">
      <summary>{t('export_scope')}</summary>
      <div className="menu-body">
        <ExportBar {...props} />
      </div>
    </details>
  );
}
