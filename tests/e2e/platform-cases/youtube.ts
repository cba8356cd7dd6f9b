import type { PlatformCase } from './types';

export default {
  name: 'YouTube',
  fixture: 'youtube/watch-page.html',
  url: 'https://www.youtube.com/watch?v=zefirDemo01',
  byId: (id) => `ytd-comment-view-model:has(> [id="body"] a[href$="lc=${id}"])`,
  risky: ['Ugw003', 'Ugw002.r1', 'Ugw006.r2'],
  calm: ['Ugw001', 'Ugw007', 'Ugw004'],
  panelText: 'bandą idiotów',
  replyTo: 'Ugw001',
  appendedId: 'UgwLate1',
  append: (page) =>
    page.evaluate(() => {
      const src = document.querySelector('ytd-comment-thread-renderer:nth-of-type(3)')!;
      const copy = src.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-stormwatch-host]').forEach((n) => n.remove());
      copy.querySelectorAll('[data-stormwatch-severity]').forEach((n) => {
        n.removeAttribute('data-stormwatch-severity');
        n.removeAttribute('style');
      });
      copy.querySelector('[id="published-time-text"] a')!.setAttribute('href', '/watch?v=zefirDemo01&lc=UgwLate1');
      copy.querySelector('[id="content-text"]')!.textContent = 'You are all idiots and scammers, I want a refund';
      document.querySelector('ytd-item-section-renderer [id="contents"]')!.append(copy);
    }),
} satisfies PlatformCase;
