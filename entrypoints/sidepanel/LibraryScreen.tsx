import { useLiveQuery } from 'dexie-react-hooks';
import { useTeamState } from '@/lib/team/use-team';
import { useState } from 'react';
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
import type { StormwatchDB } from '@/lib/db/schema';
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
import { JsonFilePicker } from '@/components/JsonFilePicker';
import { useT, withNodes } from '@/lib/i18n/react';
import type { MessageTone } from './env';
import { blankTemplate, duplicateTemplate, libraryFileName } from './library-drafts';

type Fail = (e: unknown) => void;

/**
 * The template being edited and the stored version it started from (null: a new one), for the
 * save's version check (docs/RELIABILITY.md H5); a conflict when the stored one moved meanwhile.
 */
function useTemplateEditing(db: StormwatchDB, fail: Fail) {
  const [editing, setEditingState] = useState<{ template: ReplyTemplate; base: ReplyTemplate | null } | null>(null);
  const setEditing = (t: ReplyTemplate | null, base: ReplyTemplate | null = null) =>
    setEditingState(t ? { template: t, base } : null);
  const [conflict, setConflict] = useState<{ mine: ReplyTemplate; theirs: ReplyTemplate | undefined } | null>(null);
  const onSaveError = (mine: ReplyTemplate) => (e: unknown) =>
    e instanceof Conflict ? setConflict({ mine, theirs: e.current }) : fail(e);
  const done = () => {
    setConflict(null);
    setEditing(null);
  };
  return {
    editing,
    conflict,
    setEditing,
    save: (t: ReplyTemplate) => {
      saveTemplate(db, t, Date.now(), { base: editing?.base ?? null }).then(() => setEditing(null), onSaveError(t));
    },
    keepTheirs: done,
    keepMine: () => {
      if (!conflict) return;
      // Saved over the version seen in the conflict; a further change meanwhile asks again.
      saveTemplate(db, conflict.mine, Date.now(), { base: conflict.theirs ?? null }).then(
        done,
        onSaveError(conflict.mine),
      );
    },
  };
}

/** Delete with an undo offered for 8 seconds. */
function useUndoableDelete(db: StormwatchDB, fail: Fail) {
  const [undo, setUndo] = useState<ReplyTemplate | null>(null);
  return {
    undo,
    remove: (t: ReplyTemplate) =>
      deleteTemplate(db, t.id).then((gone) => {
        if (!gone) return;
        setUndo(gone);
        setTimeout(() => setUndo((u) => (u?.id === gone.id ? null : u)), 8_000);
      }, fail),
    restore: (t: ReplyTemplate) => restoreTemplate(db, t).then(() => setUndo(null), fail),
  };
}

/** Write an import in one transaction: all or nothing. */
async function writeImport(db: StormwatchDB, rows: ReplyTemplate[], now: number) {
  await db.transaction('rw', db.templates, db.settings, async () => {
    await db.templates.bulkPut(rows);
    // The backup reminder counts from the last library change.
    if (rows.length) await libraryChanged(db, now);
  });
}

/** New, Export and Import (a hidden file input behind the button). */
function LibraryActions(props: {
  templates: ReplyTemplate[] | undefined;
  onNew(): void;
  onPreview(p: ImportPreview): void;
  fail: Fail;
}) {
  const { templates, onNew, onPreview, fail } = props;
  const tr = useT();
  return (
    <div className="actions">
      <button type="button" onClick={onNew}>
        {tr('library_new')}
      </button>
      <button
        type="button"
        onClick={() =>
          templates &&
          download(document, [exportLibrary(templates, Date.now())], libraryFileName(new Date()), 'application/json')
        }
      >
        {tr('library_export')}
      </button>
      <JsonFilePicker
        label={tr('library_import')}
        fileLabel={tr('library_file')}
        onFile={(f) => {
          if (templates)
            readLibraryFile(f).then(
              ({ templates: incoming, problems }) => onPreview(previewImport(templates, incoming, problems)),
              fail,
            );
        }}
      />
    </div>
  );
}

/** The import preview; applying writes the chosen rows and says how many. */
function ImportStep(props: {
  preview: ImportPreview;
  onDone(): void;
  say(message: string, tone?: MessageTone): void;
  fail: Fail;
}) {
  const { preview, onDone, say, fail } = props;
  const db = useDb();
  const tr = useT();
  const apply = (choices: Record<string, 'mine' | 'theirs'>) => {
    const rows = applyImport(preview, choices, Date.now());
    writeImport(db, rows, Date.now()).then(() => {
      onDone();
      say(tr('library_imported', { count: rows.length }), 'success');
    }, fail);
  };
  return <ImportPreviewView preview={preview} onCancel={onDone} onApply={apply} />;
}

/** A deleted template's title with Undo. */
function DeletedNotice({ t, onUndo }: { t: ReplyTemplate; onUndo(t: ReplyTemplate): void }) {
  const tr = useT();
  return (
    <p className="message" role="status">
      {withNodes(tr, 'library_deleted', { title: <bdi>{t.title}</bdi> })}{' '}
      <button type="button" onClick={() => onUndo(t)}>
        {tr('undo')}
      </button>
    </p>
  );
}

/** The Library screen: the team's templates, editing and approval, import and export. */
export function LibraryScreen({ agent, say }: { agent: string; say(message: string, tone?: MessageTone): void }) {
  const db = useDb();
  const teamAgent = useTeamState().config?.role === 'agent';
  const tr = useT();
  const lang = tr.lang;
  const templates = useLiveQuery(() => listTemplates(db), [db]);
  const fail = (e: unknown) => say(e instanceof Error ? e.message : String(e));
  const edit = useTemplateEditing(db, fail);
  const deletion = useUndoableDelete(db, fail);
  const [preview, setPreview] = useState<ImportPreview | null>(null);

  if (edit.conflict) {
    return (
      <TemplateConflict
        mine={edit.conflict.mine}
        theirs={edit.conflict.theirs}
        lang={lang}
        onKeepTheirs={edit.keepTheirs}
        onKeepMine={edit.keepMine}
      />
    );
  }
  if (edit.editing) {
    return (
      <TemplateEditor template={edit.editing.template} onCancel={() => edit.setEditing(null)} onSave={edit.save} />
    );
  }
  if (preview) {
    return <ImportStep preview={preview} onDone={() => setPreview(null)} say={say} fail={fail} />;
  }
  return (
    <div className="library-screen">
      <LibraryActions
        templates={templates}
        onNew={() => edit.setEditing(blankTemplate(lang, Date.now()))}
        onPreview={setPreview}
        fail={fail}
      />
      {deletion.undo ? <DeletedNotice t={deletion.undo} onUndo={deletion.restore} /> : null}
      {teamAgent ? <p className="hint">{tr('team_library_readonly')}</p> : null}
      {templates === undefined ? (
        <p role="status">{tr('loading')}</p>
      ) : (
        <LibraryList
          templates={templates}
          onEdit={(t) => edit.setEditing(t, t)}
          onDuplicate={(t) =>
            edit.setEditing(duplicateTemplate(t, tr('library_copy_suffix', { title: t.title }), Date.now()))
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
          onDelete={deletion.remove}
        />
      )}
    </div>
  );
}
