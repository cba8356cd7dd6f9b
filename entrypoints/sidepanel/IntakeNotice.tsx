import { useEffect, useState } from 'react';
import { IntakeHealth } from '@/components/IntakeHealth';
import { EMPTY_INTAKE, intakeItem, type IntakeHealth as Health } from '@/lib/intake-health';

/** The intake counters, live from `storage.local` (written by the background). */
export function IntakeNotice({ lang }: { lang: 'pl' | 'en' }) {
  const [health, setHealth] = useState<Health | null>(null);
  useEffect(() => {
    let live = true;
    intakeItem.getValue().then(
      (h) => live && setHealth(h),
      () => undefined,
    );
    const unwatch = intakeItem.watch((h) => setHealth(h));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return <IntakeHealth lang={lang} health={health} onReset={() => void intakeItem.setValue(EMPTY_INTAKE)} />;
}
