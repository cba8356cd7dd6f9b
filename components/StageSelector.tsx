import { CRISIS_STAGES, type CrisisStage } from '@/lib/library/types';
import { pt } from '@/lib/i18n/panel';

/** The crisis stage (holding → update → resolution → thanks): it follows from the declared facts unless the team picks one. */
export function StageSelector({ stage, derived, lang, onChange }: { stage: CrisisStage | null; derived: CrisisStage; lang: 'pl' | 'en'; onChange(stage: CrisisStage | null): void }) {
  return (
    <fieldset className="stage">
      <legend>{pt(lang, 'stage')}</legend>
      <label>
        <input type="radio" name="stage" checked={stage === null} onChange={() => onChange(null)} /> {pt(lang, 'stage_auto', { stage: pt(lang, `stage_${derived}`) })}
      </label>
      {CRISIS_STAGES.map((s) => (
        <label key={s}>
          <input type="radio" name="stage" checked={stage === s} onChange={() => onChange(s)} /> {pt(lang, `stage_${s}`)}
        </label>
      ))}
    </fieldset>
  );
}
