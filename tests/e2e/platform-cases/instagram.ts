import type { PlatformCase } from './types';

export default {
  name: 'Instagram (post page, comment box prefilled by Reply)',
  fixture: 'instagram/post-page.html',
  url: 'https://www.instagram.com/p/C0zefirAbc1/',
  byId: (id) => `ul._a9z6 > div:has(> div a[href$="/c/${id}/"] time), ul._a9z6 li:has(> div a[href$="/c/${id}/"] time)`,
  risky: ['18000000004', '18000000003', '18000000010'],
  calm: ['18000000001', '18000000011', '18000000006'],
  panelText: 'bandą idiotów',
  replyTo: '18000000004',
  appendedId: '18000000099',
  // "Load more comments" adds rows to the list.
  append: (page) =>
    page.evaluate(() => {
      const src = document.querySelector('ul._a9z6 > div:has(> div a[href$="/c/18000000011/"] time)')!;
      const copy = src.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-stormwatch-host]').forEach((n) => n.remove());
      copy.removeAttribute('data-stormwatch-severity');
      copy.style.outline = '';
      copy.querySelector('a[href*="/c/"]')!.setAttribute('href', '/p/C0zefirAbc1/c/18000000099/');
      copy.querySelector('._a9zs span[dir="auto"]')!.textContent = 'You are all idiots and scammers, I want a refund';
      src.parentElement!.insertBefore(copy, src.nextElementSibling);
    }),
} satisfies PlatformCase;
