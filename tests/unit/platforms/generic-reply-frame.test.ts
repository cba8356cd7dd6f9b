// @vitest-environment jsdom
/**
 * Blogger's reply box is a frame from blogger.com: clicking a comment's Reply makes Blogger's
 * script move its comment frame (`iframe#comment-editor`) under that comment and load it from
 * blogger.com, where the page (and so Stormwatch) cannot reach. Inserting a template there says
 * so, with the text in the clipboard, instead of a bare "no reply field". Tested on the Blogger
 * fixture with the script's move written out, through the generic adapter the content script uses.
 */
import { describe, expect, test } from 'vitest';
import { insertReply } from '@/lib/content/insert-reply';
import { createGenericAdapter } from '@/lib/platforms/generic';
import { unreachableReplyFrame } from '@/lib/platforms/dom';
import { elementFor, loadFixture } from './load';

const URL_OF = 'https://harbournotes.blogspot.com/2026/11/ferry-timetable-outage.html';
const PARENT = 'c4102938475610293841';
/** A reply whose block has no Reply link of its own (Blogger offers one per thread). */
const REPLY = 'c6650192837465019283';

/** The page with a clipboard that keeps what was written to it (jsdom has none). */
function page(): { doc: Document; clipboard: string[] } {
  const doc = loadFixture('generic/systems/blogger.html', URL_OF);
  const clipboard: string[] = [];
  Object.defineProperty(doc.defaultView!.navigator, 'clipboard', {
    value: { writeText: async (t: string) => void clipboard.push(t) },
  });
  return { doc, clipboard };
}

/** What Blogger's script does on Reply: the comment frame moves into the comment's reply box and loads. */
function bloggerScript(doc: Document): void {
  const frame = doc.getElementById('comment-editor')!;
  const src = doc.getElementById('comment-editor-src')!.getAttribute('href')!;
  for (const link of doc.querySelectorAll('a.comment-reply[data-comment-id]'))
    link.addEventListener('click', () => {
      const id = link.getAttribute('data-comment-id')!;
      doc.getElementById(`c${id}-ce`)!.append(frame);
      frame.setAttribute('src', `${src}&parentID=${id}`);
    });
}

const insert = (doc: Document, id: string) => {
  const adapter = createGenericAdapter();
  const comment = elementFor(adapter, doc, URL_OF, id);
  return insertReply({ adapter, comment, text: 'Dziękujemy, sprawdzamy.', mode: 'replace', doc, waitMs: 150 });
};

describe('a reply box in a frame from another site', () => {
  test("Reply moves blogger.com's frame under the comment: the user is told, the text is copied", async () => {
    const { doc, clipboard } = page();
    bloggerScript(doc);
    const outcome = await insert(doc, PARENT);
    expect(outcome).toMatchObject({ ok: false, reason: 'replyInFrame', copied: true });
    expect(clipboard).toEqual(['Dziękujemy, sprawdzamy.']);
    // The frame Blogger moved is the one under this comment.
    expect(doc.getElementById('comment-editor')!.closest(`#${PARENT}`)).not.toBeNull();
  });

  test("a comment without a Reply link of its own: the page's comment frame from blogger.com", async () => {
    const { doc } = page();
    doc
      .getElementById('comment-editor')!
      .setAttribute('src', 'https://www.blogger.com/comment/frame/7311920456018233641');
    expect(await insert(doc, REPLY)).toMatchObject({ ok: false, reason: 'replyInFrame', copied: true });
  });

  test('a frame the page can reach is not named: the reply field was simply not found', async () => {
    const { doc, clipboard } = page();
    // Before Blogger's script loads it the frame is blank (the page's own), and Reply does nothing.
    expect(unreachableReplyFrame(elementFor(createGenericAdapter(), doc, URL_OF, PARENT))).toBeNull();
    expect(await insert(doc, PARENT)).toMatchObject({ ok: false, reason: 'noField', copied: true });
    // A frame of the page's own origin inside the comment is not another site's either.
    const own = doc.createElement('iframe');
    own.setAttribute('src', '/comment-form.html');
    doc.getElementById(`${PARENT}-ce`)!.append(own);
    expect(await insert(doc, PARENT)).toMatchObject({ ok: false, reason: 'noField' });
    expect(clipboard).toHaveLength(2);
  });
});
