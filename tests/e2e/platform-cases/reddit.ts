import type { PlatformCase } from './types';

export default {
  name: 'Reddit',
  fixture: 'reddit/post-page.html',
  url: 'https://www.reddit.com/r/zefirmobile/comments/1abcde/awaria_sieci/',
  byId: (id) => `shreddit-comment[thingid="${id}"]`,
  risky: ['t1_r004', 't1_r003', 't1_r010'],
  calm: ['t1_r001', 't1_r013', 't1_r006'],
  panelText: 'bandą idiotów',
  replyTo: 't1_r001',
  appendedId: 't1_late01',
  append: (page) =>
    page.evaluate(() => {
      const html =
        '<shreddit-comment thingid="t1_late01" author="late_user" depth="0" score="1"><div slot="comment"><div class="md"><p>You are all idiots and scammers, I want a refund</p></div></div></shreddit-comment>';
      document.querySelector('shreddit-comment-tree')!.insertAdjacentHTML('beforeend', html);
    }),
} satisfies PlatformCase;
