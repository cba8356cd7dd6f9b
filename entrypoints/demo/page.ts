/**
 * Behaviour of the demo post: comment times relative to now, reply boxes that open and enable
 * their Send button on input (like a platform's), and a button that streams in new comments
 * the way an infinite-scroll comment section does.
 */
const LIVE: Array<[string, string]> = [
  ['Karol D.', 'Też nie mam zasięgu od rana, kiedy będzie jakaś konkretna informacja?'],
  ['Nina R.', 'Another day without service and no refund. This is a joke, you are frauds.'],
  ['Adam P.', 'U mnie wszystko działa, dzięki za szybką reakcję.'],
  ['Zofia M.', 'Podobno wyciekły dane klientów, PESEL i numery kart. Ktoś to potwierdzi?'],
  ['Liam O.', 'Great job to the technicians working overnight, thank you!'],
];

function commentEl(doc: Document, id: string, author: string, text: string, now: number): HTMLElement {
  const el = doc.createElement('article');
  el.className = 'comment';
  el.dataset.commentId = id;
  const header = doc.createElement('header');
  const a = doc.createElement('span');
  a.className = 'author';
  a.textContent = author;
  const time = doc.createElement('time');
  time.dateTime = new Date(now).toISOString();
  time.textContent = 'teraz';
  header.append(a, ' ', time);
  const body = doc.createElement('div');
  body.className = 'body';
  body.textContent = text;
  const footer = doc.createElement('footer');
  const likes = doc.createElement('span');
  likes.className = 'likes';
  likes.textContent = '0';
  const reply = doc.createElement('button');
  reply.className = 'reply';
  reply.type = 'button';
  reply.textContent = 'Odpowiedz';
  footer.append(likes, ' ', reply);
  const box = doc.createElement('div');
  box.className = 'reply-box';
  box.hidden = true;
  const ta = doc.createElement('textarea');
  ta.setAttribute('aria-label', 'Napisz odpowiedź');
  const send = doc.createElement('button');
  send.type = 'button';
  send.className = 'send';
  send.disabled = true;
  send.textContent = 'Wyślij';
  box.append(ta, send);
  el.append(header, body, footer, box);
  return el;
}

/** Wire the demo page's behaviour. */
export function wireDemoPage(doc: Document, now: number): void {
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>('[data-minutes-ago]'))) {
    const t = el.querySelector('time');
    if (t) t.dateTime = new Date(now - Number(el.dataset.minutesAgo) * 60_000).toISOString();
  }
  doc.addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    if (target.matches('button.reply')) {
      const box = target.closest('.comment')?.querySelector<HTMLElement>(':scope > .reply-box');
      if (box) {
        box.hidden = false;
        box.querySelector('textarea')?.focus();
      }
    }
  });
  doc.addEventListener('input', (e) => {
    const ta = e.target as HTMLElement;
    if (ta instanceof HTMLTextAreaElement) {
      const send = ta.parentElement?.querySelector<HTMLButtonElement>('.send');
      if (send) send.disabled = ta.value.trim() === '';
    }
  });
  let n = 0;
  doc.getElementById('simulate')?.addEventListener('click', () => {
    const list = doc.getElementById('comments');
    const [author, text] = LIVE[n % LIVE.length]!;
    n++;
    list?.append(commentEl(doc, `live${n}`, author, text, Date.now()));
  });
}
