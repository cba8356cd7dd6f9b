import { useLiveQuery } from 'dexie-react-hooks';
import { useTeamState } from '@/lib/team/use-team';
import { useRef, useState } from 'react';
import { useDb } from '@/components/DbContext';
import {
  approveTemplate,
  deleteTemplate,
  listTemplates,
  restoreTemplate,
  retireTemplate,
  saveTemplate,
  TemplateConflict as Conflict,
} from '@/lib/db/templates';
import type { ReplyTemplate } from '@/lib/library/types';
import {
  applyImport,
  exportLibrary,
  previewImport,
  readLibraryFile,
  type ImportPreview,
} from '@/lib/library/import-export';
import { download } from '@/lib/export/download';
import { libraryChanged } from '@/lib/db/backup';
import { LibraryList } from '@/components/LibraryList';
import { TemplateEditor } from '@/components/TemplateEditor';
import { ImportPreviewView } from '@/components/ImportPreviewView';
import { TemplateConflict } from '@/components/TemplateConflict';
import { useT, withNodes } from '@/lib/i18n/react';
import type { MessageTone } from './env';

const blank = (lang: 'pl' | 'en', now: number): ReplyTemplate => ({
  id: `user-${now.toString(36)}-${Math.random().toString(36).slice(2, 7)}`,
  title: '',
  body: '',
  language: lang,
  tone: 'empathetic',
  categories: [],
  tags: [],
  variables: [],
  status: 'draft',
  createdAt: now,
  updatedAt: now,
  usageCount: 0,
  origin: 'user',
});

/** The Library screen: the team's templates, editing and approval, import and export. */
export function LibraryScreen({ agent, say }: { agent: string; say(message: string, tone?: MessageTone): void }) {
  const db = useDb();
  const teamAgent = useTeamState().config?.role === 'agent';
  const tr = useT();
  const lang = tr.lang;
  const templates = useLiveQuery(() => listTemplates(db), [db]);
  // The template being edited and the stored version it started from (null: a new one), for the
  // save's version check (docs/RELIABILITY.md H5).
  const [editing, setEditingState] = useState<{ template: ReplyTemplate; base: ReplyTemplate | null } | null>(null);
  const setEditing = (t: ReplyTemplate | null, base: ReplyTemplate | null = null) =>
    setEditingState(t ? { template: t, base } : null);
  const [conflict, setConflict] = useState<{ mine: ReplyTemplate; theirs: ReplyTemplate | undefined } | null>(null);
  const [undo, setUndo] = useState<ReplyTemplate | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const fail = (e: unknown) => say(e instanceof Error ? e.message : String(e));
  const onSaveError = (mine: ReplyTemplate) => (e: unknown) =>
    e instanceof Conflict ? setConflict({ mine, theirs: e.current }) : fail(e);

  if (conflict) {
    return (
      <TemplateConflict
        mine={conflict.mine}
        theirs={conflict.theirs}
        lang={lang}
        onKeepTheirs={() => {
          setConflict(null);
          setEditing(null);
        }}
        onKeepMine={() => {
          // Saved over the version seen in the conflict; a further change meanwhile asks again.
          saveTemplate(db, conflict.mine, Date.now(), { base: conflict.theirs ?? null }).then(() => {
            setConflict(null);
            setEditing(null);
          }, onSaveError(conflict.mine));
        }}
      />
    );
  }
  if (editing) {
    return (
      <TemplateEditor
        template={editing.template}
        onCancel={() => setEditing(null)}
        onSave={(t) => {
          saveTemplate(db, t, Date.now(), { base: editing.base }).then(() => setEditing(null), onSaveError(t));
        }}
      />
    );
  }
  if (preview) {
    return (
      <ImportPreviewView
        preview={preview}
        onCancel={() => setPreview(null)}
        onApply={(choices) => {
          const rows = applyImport(preview, choices, Date.now());
          // One transaction: all or nothing.
          const now = Date.now();
          db.transaction('rw', db.templates, db.settings, async () => {
            await db.templates.bulkPut(rows);
            // The backup reminder counts from the last library change.
            if (rows.length) await libraryChanged(db, now);
          }).then(() => {
            setPreview(null);
            say(tr('library_imported', { count: rows.length }), 'success');
          }, fail);
        }}
      />
    );
  }
  return (
    <div className="library-screen">
      <div className="actions">
        <button type="button" onClick={() => setEditing(blank(lang, Date.now()))}>
          {tr('library_new')}
        </button>
        <button
          type="button"
          onClick={() =>
            templates &&
            download(
              document,
              [exportLibrary(templates, Date.now())],
              `stormwatch-library-${new Date().toISOString().slice(0, 10)}.json`,
              'application/json',
            )
          }
        >
          {tr('library_export')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {tr('library_import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label={tr('library_file')}
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f && templates)
              readLibraryFile(f).then(
                ({ templates: incoming, problems }) => setPreview(previewImport(templates, incoming, problems)),
                fail,
              );
          }}
        />
      </div>
      {undo ? (
        <p className="message" role="status">
          {withNodes(tr, 'library_deleted', { title: <bdi>{undo.title}</bdi> })}{' '}
          <button type="button" onClick={() => restoreTemplate(db, undo).then(() => setUndo(null), fail)}>
            {tr('undo')}
          </button>
        </p>
      ) : null}
      {teamAgent ? <p className="hint">{tr('team_library_readonly')}</p> : null}
      {templates === undefined ? (
        <p role="status">{tr('loading')}</p>
      ) : (
        <LibraryList
          templates={templates}
          onEdit={(t) => setEditing(t, t)}
          onDuplicate={(t) =>
            setEditing({
              ...t,
              id: blank(t.language, Date.now()).id,
              title: tr('library_copy_suffix', { title: t.title }),
              status: 'draft',
              approvedBy: undefined,
              approvedAt: undefined,
              origin: 'user',
              usageCount: 0,
              lastUsedAt: undefined,
            })
          }
          // In a team only leads approve (the server refuses an agent's library writes too).
          onApprove={
            teamAgent
              ? undefined
              : (t) => {
                  if (!agent) return say(tr('library_approve_needs_name'), 'warning');
                  approveTemplate(db, t.id, agent, Date.now()).catch(fail);
                }
          }
          onRetire={(t) => retireTemplate(db, t.id, Date.now()).catch(fail)}
          onDelete={(t) =>
            deleteTemplate(db, t.id).then((gone) => {
              if (!gone) return;
              setUndo(gone);
              setTimeout(() => setUndo((u) => (u?.id === gone.id ? null : u)), 8_000);
            }, fail)
          }
        />
      )}
    </div>
  );
}
