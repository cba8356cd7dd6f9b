import { CRISIS_STAGES, type CrisisStage } from '@/lib/library/types';
import { useT } from '@/lib/i18n/react';

/** The crisis stage (holding → update → resolution → thanks): it follows from the declared facts unless the team picks one. */
export function StageSelector({
  stage,
  derived,
  onChange,
}: {
  stage: CrisisStage | null;
  derived: CrisisStage;
  onChange(stage: CrisisStage | null): void;
}) {
  const t = useT();
  return (
    <fieldset className="stage">
      <legend>{t('stage')}</legend>
      <label>
        <input type="radio" name="stage" checked={stage === null} onChange={() => onChange(null)} />{' '}
        {t('stage_auto', { stage: t(`stage_${derived}`) })}
      </label>
      {CRISIS_STAGES.map((s) => (
        <label key={s}>
          <input type="radio" name="stage" checked={stage === s} onChange={() => onChange(s)} /> {t(`stage_${s}`)}
        </label>
      ))}
    </fieldset>
  );
}
