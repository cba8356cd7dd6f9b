import { useState } from 'react';
import { FACTS, type Fact, type FactEvent, type Incident } from '@/lib/library/facts';
import { useT } from '@/lib/i18n/react';
import { factName, platformName } from '@/lib/i18n/names';

export interface IncidentFactsProps {
  incident: Incident | null;
  facts: readonly Fact[];
  history: readonly FactEvent[];
  /** Prefill for a new incident: the comment's platform and page. */
  platform: string;
  now: number;
  onCreate(init: { name: string; startedAt: number; platforms: string[]; pages: string[] }): void;
  onSetFact(fact: Fact, declared: boolean): void;
  onClose(): void;
}

const localInput = (ms: number) => {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
};

const list = (text: string, separator: string) =>
  text
    .split(separator)
    .map((p) => p.trim())
    .filter(Boolean);

/** A form to start the incident that covers the comment (prefilled with its platform). */
function NewIncident({ platform, now, onCreate }: Pick<IncidentFactsProps, 'platform' | 'now' | 'onCreate'>) {
  const t = useT();
  const [name, setName] = useState('');
  const [started, setStarted] = useState(() => localInput(now));
  const [platforms, setPlatforms] = useState(platform);
  const [pages, setPages] = useState('');
  return (
    <section className="incident" aria-label={t('incident')}>
      <h3>{t('incident')}</h3>
      <p className="hint">{t('incident_none')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          onCreate({
            name: name.trim(),
            startedAt: new Date(started).getTime() || now,
            platforms: list(platforms, ','),
            pages: list(pages, '\n'),
          });
        }}
      >
        <label>
          {t('incident_name')} <input value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <label>
          {t('incident_started')}{' '}
          <input type="datetime-local" value={started} onChange={(e) => setStarted(e.target.value)} />
        </label>
        <label>
          {t('incident_platforms')} <input value={platforms} onChange={(e) => setPlatforms(e.target.value)} />
        </label>
        <label>
          {t('incident_pages')} <textarea rows={2} value={pages} onChange={(e) => setPages(e.target.value)} />
        </label>
        <button type="submit">{t('incident_create')}</button>
      </form>
    </section>
  );
}

/** Who declared and withdrew which fact, and when. */
function FactHistory({ history }: { history: readonly FactEvent[] }) {
  const t = useT();
  if (!history.length) return null;
  return (
    <details>
      <summary>{t('fact_history')}</summary>
      <ul className="fact-history">
        {history.map((h, i) => (
          <li key={h.id ?? i}>
            {t(h.action === 'declared' ? 'fact_declared_by' : 'fact_withdrawn_by', {
              fact: factName(t, h.fact),
              agent: h.agent ?? t('someone'),
              time: new Date(h.at).toLocaleString(t.lang),
            })}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The incident's facts as switches: a click shows at once, the stored facts take over when they change. */
function FactSwitches({ facts, onSetFact }: Pick<IncidentFactsProps, 'facts' | 'onSetFact'>) {
  const t = useT();
  const factsKey = facts.join(',');
  const [clicked, setClicked] = useState<{ key: string; fact: Fact; on: boolean } | null>(null);
  const isChecked = (f: Fact) =>
    clicked && clicked.key === factsKey && clicked.fact === f ? clicked.on : facts.includes(f);
  return (
    <fieldset>
      <legend>{t('facts_title')}</legend>
      {FACTS.map((f) => (
        <label key={f}>
          <input
            type="checkbox"
            checked={isChecked(f)}
            onChange={(e) => {
              setClicked({ key: factsKey, fact: f, on: e.target.checked });
              onSetFact(f, e.target.checked);
            }}
          />{' '}
          {factName(t, f)}
        </label>
      ))}
    </fieldset>
  );
}

/** The incident that covers the comment: its facts (declare / withdraw, at once) and their history; or a form to start one. */
export function IncidentFacts({
  incident,
  facts,
  history,
  platform,
  now,
  onCreate,
  onSetFact,
  onClose,
}: IncidentFactsProps) {
  const t = useT();
  if (!incident) return <NewIncident platform={platform} now={now} onCreate={onCreate} />;
  return (
    <section className="incident" aria-label={t('incident')}>
      <p>
        <strong>
          <bdi>{incident.name}</bdi>
        </strong>{' '}
        · {new Date(incident.startedAt).toLocaleString(t.lang)}
        {incident.platforms.length ? ` · ${incident.platforms.map((p) => platformName(t, p)).join(', ')}` : ''}{' '}
        <button type="button" onClick={onClose}>
          {t('incident_close')}
        </button>
      </p>
      <FactSwitches facts={facts} onSetFact={onSetFact} />
      <FactHistory history={history} />
    </section>
  );
}
