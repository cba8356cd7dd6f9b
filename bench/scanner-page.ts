/**
 * A synthetic old.reddit comments page that streams in `bursts × perBurst` comments, the way
 * infinite scroll and "load more" do, and records in the page: insertion times, mark times
 * (when Stormwatch marks a comment) and long tasks.
 */
const CALM = [
  'Thanks for the update, works fine for me now',
  'Dzięki za informację, u mnie wszystko działa',
  'Does anyone know if this affects the EU stores too?',
  'Ciekawy artykuł, czekam na kolejne odcinki',
  'Great job by the support team, solved in ten minutes',
  'Kiedy będzie dostępna nowa wersja aplikacji?',
];
const RISKY = [
  'You are idiots and scammers, I want my money back',
  'Jestescie banda oszustow, zadam zwrotu pieniedzy',
  'Heard your database got hacked and passwords leaked',
  'Zglaszam sprawe do prawnika, pozew zbiorowy',
];

export function benchPageHtml(opts: { bursts: number; perBurst: number; intervalMs: number }): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body>
<div class="content"><div class="commentarea"><div class="sitetable nestedlisting" id="siteTable_t3_bench"></div></div></div>
<script>
const CALM = ${JSON.stringify(CALM)};
const RISKY = ${JSON.stringify(RISKY)};
window.__inserted = {}; window.__marked = {}; window.__badged = {}; window.__long = []; window.__done = false;
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
new MutationObserver((recs) => {
  const t = performance.now();
  for (const r of recs) { const id = r.target.getAttribute && r.target.getAttribute('data-fullname'); if (id && !(id in window.__marked)) window.__marked[id] = t; }
}).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-stormwatch-severity'] });
// Badges: Stormwatch inserts its badge host inside (or next to) the comment; only the list's own
// direct children are the page's insertions, so the page's bursts cost this observer one record each.
new MutationObserver((recs) => {
  const t = performance.now();
  for (const r of recs) for (const n of r.addedNodes) {
    if (n.nodeName !== 'STORMWATCH-BADGE') continue;
    const thing = (n.parentElement && n.parentElement.closest('[data-fullname]')) || n.previousElementSibling;
    const id = thing && thing.getAttribute('data-fullname');
    if (id && !(id in window.__badged)) window.__badged[id] = t;
  }
}).observe(document.body, { subtree: true, childList: true });
function comment(i) {
  const risky = i % 5 === 0;
  const pool = risky ? RISKY : CALM;
  const text = pool[i % pool.length] + ' #' + i;
  const id = 't1_b' + i;
  return '<div class="thing comment noncollapsed" id="thing_' + id + '" data-fullname="' + id + '" data-author="user' + (i % 97) + '" data-permalink="/r/bench/comments/bench/x/b' + i + '/" data-type="comment">'
    + '<div class="entry"><p class="tagline"><a class="author" href="/user/user' + (i % 97) + '">user' + (i % 97) + '</a> <span class="score unvoted" title="' + (i % 50) + '">' + (i % 50) + ' points</span> <time class="live-timestamp" datetime="2026-11-25T10:00:00+00:00">1 hour ago</time></p>'
    + '<form class="usertext"><div class="usertext-body"><div class="md"><p>' + text + '</p></div></div></form>'
    + '<ul class="flat-list buttons"><li><a class="bylink" href="/r/bench/comments/bench/x/b' + i + '/">permalink</a></li><li class="reply-button"><a href="javascript:void 0">reply</a></li></ul></div>'
    + '<div class="child"></div></div>';
}
window.__start = () => new Promise((resolve) => {
  const list = document.getElementById('siteTable_t3_bench');
  let burst = 0;
  const tick = () => {
    const parts = [];
    const base = burst * ${opts.perBurst};
    for (let k = 0; k < ${opts.perBurst}; k++) parts.push(comment(base + k));
    const t = performance.now();
    list.insertAdjacentHTML('beforeend', parts.join(''));
    for (let k = 0; k < ${opts.perBurst}; k++) window.__inserted['t1_b' + (base + k)] = t;
    burst++;
    if (burst < ${opts.bursts}) setTimeout(tick, ${opts.intervalMs}); else { window.__done = true; resolve(); }
  };
  tick();
});
</script></body></html>`;
}
