import type { PlatformCase } from './types';

export default {
  name: 'TikTok (item layout, Draft.js input answering a comment)',
  fixture: 'tiktok/video-page.html',
  url: 'https://www.tiktok.com/@zefirmobile/video/7440000000000000000',
  byId: (id) => `[id="${id}"]`,
  risky: ['7440000000000000004', '7440000000000000003', '7440000000000000010'],
  calm: ['7440000000000000001', '7440000000000000011', '7440000000000000006'],
  panelText: 'bandą idiotów',
  replyTo: '7440000000000000004',
  appendedId: '7440000000000000099',
  // Scrolling the list loads more items at its end.
  append: (page) =>
    page.evaluate(() => {
      const src = document.querySelector('[id="7440000000000000001"]')!.closest('[class*="DivCommentItemContainer"]')!;
      const copy = src.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-stormwatch-host]').forEach((n) => n.remove());
      const content = copy.querySelector('[id="7440000000000000001"]') as HTMLElement;
      content.removeAttribute('data-stormwatch-severity');
      content.style.outline = '';
      content.id = '7440000000000000099';
      content.querySelector('[data-e2e="comment-level-1"] span')!.textContent =
        'You are all idiots and scammers, I want a refund';
      src.parentElement!.append(copy);
    }),
} satisfies PlatformCase;
