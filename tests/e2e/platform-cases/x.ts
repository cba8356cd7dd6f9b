import type { PlatformCase } from './types';

export default {
  name: 'X (post replies, virtualised cells, reply modal)',
  fixture: 'x/status-page.html',
  url: 'https://x.com/zefirmobile/status/1861000000000000001',
  // A comment is the cell's article (the reply modal quotes posts in articles too).
  byId: (id) => `[data-testid="cellInnerDiv"] article:has(a[href$="/status/${id}"] > time)`,
  risky: ['1861000000000000105', '1861000000000000103', '1861000000000000108'],
  calm: ['1861000000000000101', '1861000000000000110', '1861000000000000106'],
  panelText: 'bandą idiotów',
  replyTo: '1861000000000000105',
  appendedId: '1861000000000000199',
  // Infinite scroll: X adds cells to the list (and recycles old ones).
  append: (page) =>
    page.evaluate(() => {
      const src = document.querySelector(
        '[data-testid="cellInnerDiv"]:has(a[href$="/status/1861000000000000110"] > time)',
      )!;
      const copy = src.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-stormwatch-host]').forEach((n) => n.remove());
      copy.querySelectorAll('[data-stormwatch-severity]').forEach((n) => n.removeAttribute('data-stormwatch-severity'));
      copy
        .querySelector('a[href*="/status/"]:has(> time)')!
        .setAttribute('href', '/late_user/status/1861000000000000199');
      copy.querySelector('[data-testid="tweetText"]')!.textContent = 'You are all idiots and scammers, I want a refund';
      src.parentElement!.insertBefore(copy, src.nextElementSibling);
    }),
  // Scrolling on: X reuses the flagged post's node for a calm post further down.
  recycle: {
    fromId: '1861000000000000108',
    fromPanelText: 'pozew zbiorowy',
    toId: '1861000000000000198',
    run: (page) =>
      page.evaluate(() => {
        const article = document.querySelector(
          '[data-testid="cellInnerDiv"] article:has(a[href$="/status/1861000000000000108"] > time)',
        )!;
        article
          .querySelectorAll('[data-testid="User-Name"] a:not(:has(> time))')
          .forEach((a) => a.setAttribute('href', '/calm_user'));
        article
          .querySelector('a[href*="/status/"]:has(> time)')!
          .setAttribute('href', '/calm_user/status/1861000000000000198');
        article.querySelector('[data-testid="tweetText"]')!.textContent = 'Dziękuję, u mnie wszystko już działa.';
      }),
  },
} satisfies PlatformCase;
