import type { PlatformCase } from './types';

export default {
  name: 'old.reddit',
  fixture: 'old-reddit/post-page.html',
  url: 'https://old.reddit.com/r/zefirmobile/comments/1abcde/awaria_sieci/',
  byId: (id) => `[data-fullname="${id}"]`,
  risky: ['t1_k7b004', 't1_k7b003', 't1_k7a003'],
  calm: ['t1_k7b001', 't1_k7b008', 't1_k7b006'],
  panelText: 'bandą idiotów',
  replyTo: 't1_k7b001',
  appendedId: 't1_late01',
  append: (page) =>
    page.evaluate(() => {
      const src = document.querySelector('[data-fullname="t1_k7b004"]')!;
      const copy = src.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-stormwatch-host]').forEach((n) => n.remove());
      copy.removeAttribute('style');
      copy.removeAttribute('data-stormwatch-severity');
      copy.setAttribute('data-fullname', 't1_late01');
      copy.querySelector('.md')!.textContent = 'You are all idiots and scammers, I want a refund';
      document.querySelector('.sitetable.nestedlisting')!.append(copy);
    }),
} satisfies PlatformCase;
