import type { PlatformCase } from './types';

export default {
  name: 'LinkedIn feed (SDUI markup, TipTap, Polish UI)',
  fixture: 'linkedin/feed-sdui-pl.html',
  url: 'https://www.linkedin.com/feed/',
  byId: (id) => `[componentkey$=",${id})"]`,
  risky: ['7391000000000000202', '7391000000000000204', '7391000000000000206'],
  calm: ['7391000000000000201', '7391000000000000203', '7391000000000000207'],
  panelText: 'bandą idiotów',
  replyTo: '7391000000000000201',
  appendedId: '7391000000000000299',
  // Feed comments arrive as new containers in the post's comment list.
  append: (page) =>
    page.evaluate(() => {
      const src = document.querySelector('[componentkey$=",7391000000000000205)"]')!;
      const copy = src.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-stormwatch-host]').forEach((n) => n.remove());
      copy.removeAttribute('style');
      copy.removeAttribute('data-stormwatch-severity');
      copy.setAttribute(
        'componentkey',
        'replaceableComment_urn:li:comment:(activity:7391000000000000001,7391000000000000299)',
      );
      copy.querySelector('[data-testid="expandable-text-box"]')!.textContent =
        'You are all idiots and scammers, I want a refund';
      src.parentElement!.append(copy);
    }),
} satisfies PlatformCase;
