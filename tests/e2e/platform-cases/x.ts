import type { PlatformCase } from './types';

export default {
  name: 'X (post replies, virtualised cells, reply modal)',
  fixture: 'x/status-page.html',
  url: 'https://x.com/zefirmobile/status/1861000000000000001',
  byId: (id) => `[data-testid="cellInnerDiv"]:has(a[href$="/status/${id}"] > time)`,
  risky: ['1861000000000000105', '1861000000000000103', '1861000000000000108'],
  calm: ['1861000000000000101', '1861000000000000110', '1861000000000000106'],
  panelText: 'bandą idiotów',
  replyTo: '1861000000000000105',
  appendedId: '1861000000000000199',
  // Infinite scroll: X adds cells to the list (and recycles old ones).
  append: (page) =>
    page.evaluate(() => {
      const src = document.querySelector('[data-testid="cellInnerDiv"]:has(a[href$="/status/1861000000000000110"] > time)')!;
      const copy = src.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-stormwatch-host]').forEach((n) => n.remove());
      copy.removeAttribute('data-stormwatch-severity');
      copy.style.outline = '';
      copy.querySelector('a[href*="/status/"]:has(> time)')!.setAttribute('href', '/late_user/status/1861000000000000199');
      copy.querySelector('[data-testid="tweetText"]')!.textContent = 'You are all idiots and scammers, I want a refund';
      src.parentElement!.insertBefore(copy, src.nextElementSibling);
    }),
} satisfies PlatformCase;
