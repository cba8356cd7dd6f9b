import type { PlatformCase } from './types';

export default {
  name: 'LinkedIn post page (legacy markup, Quill)',
  fixture: 'linkedin/post-page.html',
  url: 'https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000001/',
  byId: (id) => `article.comments-comment-entity[data-id$=",${id})"]`,
  risky: ['7390000000000000104', '7390000000000000103', '7390000000000000110'],
  calm: ['7390000000000000101', '7390000000000000112', '7390000000000000106'],
  panelText: 'bandą idiotów',
  replyTo: '7390000000000000101',
  appendedId: '7390000000000000199',
  append: (page) =>
    page.evaluate(() => {
      const src = document.querySelector('article[data-id$=",7390000000000000104)"]')!;
      const copy = src.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-stormwatch-host]').forEach((n) => n.remove());
      copy.removeAttribute('style');
      copy.removeAttribute('data-stormwatch-severity');
      copy.setAttribute('data-id', 'urn:li:comment:(activity:7390000000000000001,7390000000000000199)');
      copy.querySelector('.update-components-text span')!.textContent =
        'You are all idiots and scammers, I want a refund';
      document.querySelector('.comments-comments-list')!.append(copy);
    }),
} satisfies PlatformCase;
