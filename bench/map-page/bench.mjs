// Map page benchmark in headless Chromium (Debian's /usr/bin/chromium through playwright-core; no browser download).
// Run through bench/map-page.sh, which starts and loads the CMS. Subcommands (BASE_URL in the environment):
//   node bench.mjs markers [runs]   time to first clustered markers: bare baseline vs map page, alternating, medians
//   node bench.mjs frames           frame times on the map page while panning, filtering and searching
//   node bench.mjs check            the map page works (clusters, filter, no script error), time to markers
//   node bench.mjs profile [filter|search|pan]   CPU profile (self time per function) during one action
// Every run uses a fresh browser with a fresh profile (cold cache). Prints one JSON object on stdout.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BASE = (process.env.BASE_URL || '').replace(/\/$/, '');
if (!/^http:\/\/(localhost|127\.0\.0\.1|\[::1\]):\d+$/.test(BASE)) {
  throw new Error('BASE_URL must be a loopback address, got: ' + BASE);
}
const CANDIDATE = BASE + '/content/samenwerkingskaart/samenwerkingskaart/kaart.html';
const BARE = BASE + '/static/bench/bare.html';
const READY_TIMEOUT = Number(process.env.READY_TIMEOUT_MS || 180000);
const VIEWPORT = { width: 1280, height: 900 };

const log = (...args) => console.error('[map-page]', ...args);

async function withBrowser(fn) {
  const profile = mkdtempSync(join(tmpdir(), 'swk-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: VIEWPORT,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // loopback only: no name but localhost resolves
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost']
  });
  const foreign = [];
  context.on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && !url.startsWith(BASE)) {
      foreign.push(url);
    }
  });
  try {
    const page = context.pages()[0] || await context.newPage();
    const errors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') {
        errors.push('console: ' + message.text());
      }
    });
    page.on('pageerror', (error) => errors.push('pageerror: ' + error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) {
        errors.push('http ' + response.status() + ': ' + response.url());
      }
    });
    const result = await fn(page, errors);
    if (foreign.length) {
      result.foreignRequests = foreign;
    }
    return result;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Opens url, waits for data-swk-ready="true" and returns the time from navigation start to swk:markers-ready. */
async function timeToMarkers(page, url) {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector('[data-swk-ready="true"], [data-swk-ready="error"]', { timeout: READY_TIMEOUT });
  return page.evaluate(() => {
    const root = document.querySelector('[data-swk-ready]');
    const mark = performance.getEntriesByName('swk:markers-ready')[0];
    const nav = performance.getEntriesByType('navigation')[0];
    const clusters = document.querySelectorAll('.marker-cluster, .swk-map__cluster').length;
    const markers = document.querySelectorAll('.leaflet-marker-icon').length;
    return {
      ready: root.getAttribute('data-swk-ready'),
      ms: mark ? Math.round(mark.startTime) : null,
      domContentLoaded: nav ? Math.round(nav.domContentLoadedEventEnd) : null,
      clusters, markers
    };
  });
}

const median = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function canvasSize() {
  return withBrowser(async (page) => {
    const result = await timeToMarkers(page, CANDIDATE);
    const box = await page.locator('[data-swk-canvas]').boundingBox();
    return { warmup: result, width: Math.round(box.width), height: Math.round(box.height) };
  });
}

async function markers(runs) {
  // One unmeasured load of each page first (the server's caches, the JIT); it also gives the candidate's map size,
  // which the bare page then uses, so that both cluster the same points into the same number of pixels.
  const size = await canvasSize();
  const bareUrl = `${BARE}?w=${size.width}&h=${size.height}`;
  await withBrowser((page) => timeToMarkers(page, bareUrl));
  log(`map canvas ${size.width}x${size.height}; ${runs} runs each, alternating`);
  const baseline = [];
  const candidate = [];
  for (let i = 0; i < runs; i++) {
    const b = await withBrowser(async (page, errors) => ({ ...(await timeToMarkers(page, bareUrl)), errors }));
    baseline.push(b);
    const c = await withBrowser(async (page, errors) => ({ ...(await timeToMarkers(page, CANDIDATE)), errors }));
    candidate.push(c);
    log(`run ${i + 1}: baseline ${b.ms} ms (${b.ready}), candidate ${c.ms} ms (${c.ready})`);
  }
  const bm = median(baseline.map((r) => r.ms));
  const cm = median(candidate.map((r) => r.ms));
  return {
    canvas: { width: size.width, height: size.height }, baselineUrl: bareUrl, candidateUrl: CANDIDATE,
    baseline, candidate, baselineMedianMs: bm, candidateMedianMs: cm,
    ratio: bm && cm ? Math.round((cm / bm) * 100) / 100 : null
  };
}

/* ---------- frame times ---------- */

function installFrameRecorder() {
  const state = { recording: false, last: 0, deltas: [], longtasks: [] };
  window.__swkFrames = state;
  const tick = (t) => {
    if (state.recording && state.last) {
      state.deltas.push(t - state.last);
    }
    state.last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  try {
    new PerformanceObserver((list) => {
      if (state.recording) {
        for (const entry of list.getEntries()) {
          state.longtasks.push(Math.round(entry.duration));
        }
      }
    }).observe({ type: 'longtask', buffered: false });
  } catch (e) {
    state.longtaskUnsupported = String(e);
  }
}

async function record(page, action) {
  await page.evaluate(() => {
    const s = window.__swkFrames;
    s.deltas = [];
    s.longtasks = [];
    s.last = 0;
    s.recording = true;
  });
  const started = Date.now();
  await action();
  const wallMs = Date.now() - started;
  // a last frame after the action's work, then stop
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const raw = await page.evaluate(() => {
    const s = window.__swkFrames;
    s.recording = false;
    return { deltas: s.deltas, longtasks: s.longtasks, unsupported: s.longtaskUnsupported || null };
  });
  const sorted = raw.deltas.slice().sort((a, b) => a - b);
  const p95 = sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] : null;
  return {
    wallMs,
    frames: sorted.length,
    maxFrameMs: sorted.length ? Math.round(sorted[sorted.length - 1] * 10) / 10 : null,
    p95FrameMs: p95 == null ? null : Math.round(p95 * 10) / 10,
    over100ms: sorted.filter((d) => d >= 100).length,
    longTasks: raw.longtasks.length,
    maxLongTaskMs: raw.longtasks.length ? Math.max(...raw.longtasks) : 0,
    longTaskObserver: raw.unsupported ? 'unsupported: ' + raw.unsupported : 'ok'
  };
}

const countText = (page) => page.locator('[data-swk-count]').first().textContent();

async function waitForCountChange(page, before, timeout = 60000) {
  await page.waitForFunction((text) => {
    const el = document.querySelector('[data-swk-count]');
    return el && el.textContent !== text;
  }, before, { timeout });
  return countText(page);
}

async function pan(page) {
  const box = await page.locator('[data-swk-canvas]').boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  // ~2 s of dragging: a loop right and back, a bit down, one mouse move per ~16 ms
  const started = Date.now();
  let elapsed = 0;
  while (elapsed < 2000) {
    const a = (elapsed / 2000) * 2 * Math.PI;
    await page.mouse.move(cx + 150 * Math.sin(a), cy + 40 * (1 - Math.cos(a)));
    await page.waitForTimeout(16);
    elapsed = Date.now() - started;
  }
  await page.mouse.up();
  await page.waitForTimeout(600); // moveend: markercluster redraws, the hash is written after 250 ms
}

async function toggleFilter(page) {
  const before = await countText(page);
  await page.locator('.swk-map__group--level input[value=vmbo]').first().click();
  const after = await waitForCountChange(page, before);
  await page.waitForTimeout(1500); // the new group loads in chunks after the count is shown
  return { before, after };
}

async function search(page, term) {
  const before = await countText(page);
  await page.locator('.swk-map__field--search input').first().pressSequentially(term, { delay: 120 });
  // the map searches 200 ms after the last key (earlier too when the machine delays a key); then its markers load
  await page.waitForTimeout(2000);
  let after = await countText(page);
  if (after === before) {
    after = await waitForCountChange(page, before);
    await page.waitForTimeout(1500);
  }
  return { before, after };
}

async function frames(runs) {
  const all = [];
  for (let i = 0; i < runs; i++) {
    all.push(await withBrowser(async (page, errors) => {
      const load = await timeToMarkers(page, CANDIDATE);
      await page.evaluate(installFrameRecorder);
      await page.waitForTimeout(1000);
      const result = { load };
      result.pan = await record(page, () => pan(page));
      let filter;
      result.filter = await record(page, async () => { filter = await toggleFilter(page); });
      result.filter.count = filter;
      let found;
      const term = process.env.SEARCH_TERM || 'zorg';
      result.search = await record(page, async () => { found = await search(page, term); });
      result.search.term = term;
      result.search.count = found;
      result.errors = errors;
      log(`frames run ${i + 1}: pan max ${result.pan.maxFrameMs} ms, filter max ${result.filter.maxFrameMs} ms,`
        + ` search max ${result.search.maxFrameMs} ms`);
      return result;
    }));
  }
  return { runs: all };
}

async function check() {
  return withBrowser(async (page, errors) => {
    const load = await timeToMarkers(page, CANDIDATE);
    const result = { load };
    if (load.ready === 'true') {
      await page.evaluate(installFrameRecorder);
      await page.waitForTimeout(1000);
      let filter;
      result.filter = await record(page, async () => { filter = await toggleFilter(page); });
      result.filter.count = filter;
      result.pan = await record(page, () => pan(page));
    }
    result.errors = errors;
    result.works = load.ready === 'true' && load.clusters > 0 && !!result.filter
      && result.filter.count.before !== result.filter.count.after && errors.length === 0;
    return result;
  });
}

/** The longest main-thread tasks of a trace, each with the time of its largest parts (script, style, layout, paint). */
function longestTasks(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args && e.args.name === 'CrRendererMain');
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
  const tasks = onMain.filter((e) => e.name === 'RunTask').sort((a, b) => b.dur - a.dur).slice(0, 5);
  return tasks.map((task) => {
    const parts = new Map();
    for (const e of onMain) {
      if (e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.name !== 'RunTask') {
        // direct children only: not inside another event of this task that is itself inside the task
        const parent = onMain.find((o) => o !== e && o !== task && o.name !== 'RunTask' && o.ts <= e.ts
          && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur && o.ts >= task.ts);
        if (!parent) {
          const what = e.name + (e.args && e.args.data && e.args.data.type ? ' ' + e.args.data.type : '');
          parts.set(what, (parts.get(what) || 0) + e.dur / 1000);
        }
      }
    }
    return {
      ts: task.ts, dur: task.dur,
      ms: Math.round(task.dur / 1000),
      parts: [...parts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(1)} ms`)
    };
  });
}

/** CPU profile (self time per function) of the map page during one action: where a long frame goes. */
async function profile(action) {
  return withBrowser(async (page, errors) => {
    await timeToMarkers(page, CANDIDATE);
    await page.waitForTimeout(1000);
    const cdp = await page.context().newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents'
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    if (action === 'search') {
      await search(page, process.env.SEARCH_TERM || 'zorg');
    } else if (action === 'pan') {
      await pan(page);
    } else {
      await toggleFilter(page);
    }
    const { profile: p } = await cdp.send('Profiler.stop');
    await cdp.send('Tracing.end');
    await traced;
    const tasks = longestTasks(events);
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const self = new Map();
    const dt = p.timeDeltas;
    p.samples.forEach((id, i) => {
      const f = byId.get(id).callFrame;
      const key = `${f.functionName || '(anonymous)'} ${(f.url || '').replace(BASE, '').split('/').pop()}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) || 0) + (dt[i] || 0) / 1000);
    });
    // inclusive time per function inside the longest task that ran script (samples share the trace's clock)
    const parent = new Map();
    for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
    const scriptTask = tasks.find((t) => t.parts.some((x) => /^(EventDispatch|TimerFire|FunctionCall)/.test(x)));
    const inclusive = new Map();
    if (scriptTask) {
      let t = p.startTime;
      p.samples.forEach((id, i) => {
        t += dt[i] || 0;
        if (t < scriptTask.ts || t > scriptTask.ts + scriptTask.dur) return;
        const seen = new Set();
        for (let n = id; n != null; n = parent.get(n)) {
          const f = byId.get(n).callFrame;
          if (!f.url) continue;
          const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
          if (!seen.has(key)) {
            seen.add(key);
            inclusive.set(key, (inclusive.get(key) || 0) + (dt[i] || 0) / 1000);
          }
        }
      });
    }
    const inLongestScriptTask = [...inclusive.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)
      .map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`);
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    const top = [...self.entries()].filter(([k]) => !/^\((idle|program)\)/.test(k))
      .sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`);
    return { action, totalMs: Math.round(total), idleMs: Math.round(self.get('(idle) :0') || 0), longestTasks: tasks.map(({ ms, parts }) => ({ ms, parts })),
      longestScriptTaskMs: scriptTask ? scriptTask.ms : null, inLongestScriptTask, top, errors };
  });
}

const [command, arg] = process.argv.slice(2);
let output;
if (command === 'markers') {
  output = await markers(Number(arg || process.env.RUNS || 5));
} else if (command === 'frames') {
  output = await frames(Number(arg || process.env.FRAME_RUNS || 3));
} else if (command === 'profile') {
  output = await profile(arg || 'filter');
} else if (command === 'check') {
  output = await check();
} else {
  console.error('usage: node bench.mjs markers [runs] | frames [runs] | check');
  process.exit(2);
}
console.log(JSON.stringify(output, null, 1));
