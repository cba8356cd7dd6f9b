import type { PlatformCase } from './types';

export default {
  name: 'Facebook (post page, All comments, Lexical reply box)',
  fixture: 'facebook/post-page.html',
  url: 'https://www.facebook.com/zefirmobile/posts/pfbid02zefir',
  byId: (id) => `div[role="article"][aria-label]:has(> div > ul a[href$="comment_id=${id}"])`,
  risky: ['122334000000004', '122334000000003', '122334000000010'],
  calm: ['122334000000001', '122334000000011', '122334000000006'],
  panelText: 'bandą idiotów',
  replyTo: '122334000000001',
  appendedId: '122334000000099',
  // "View more comments" appends list items to the post's comment list.
  append: (page) =>
    page.evaluate(() => {
      const src = document
        .querySelector('div[role="article"][aria-label]:has(> div > ul a[href$="comment_id=122334000000011"])')!
        .closest('li')!;
      const copy = src.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-stormwatch-host]').forEach((n) => n.remove());
      const article = copy.querySelector('div[role="article"]') as HTMLElement;
      article.removeAttribute('data-stormwatch-severity');
      article.style.outline = '';
      article.setAttribute('aria-label', 'Comment by Late User 1m ago');
      article
        .querySelectorAll('a[href*="comment_id="]')
        .forEach((a) => a.setAttribute('href', a.getAttribute('href')!.replace('122334000000011', '122334000000099')));
      article.querySelector('div[dir="auto"][style]')!.textContent = 'You are all idiots and scammers, I want a refund';
      src.parentElement!.append(copy);
    }),
} satisfies PlatformCase;
