#!/usr/bin/env node
// driver.cjs CONFIG.json - the playwright-core half of run-e2e.sh (and of runTest.mjs).
//
// mode "launch" (code-server route): opens the code-server workbench in headless chromium with a
//   `payload` that carries extensionDevelopmentPath + extensionTestsPath, so the workbench runs the
//   mocha suite in the extension host (Node or web worker, whichever the extension runs in).
//   The workbench reports through window.codeAutomationLog (console of the extension hosts) and
//   window.codeAutomationExit(code) (the test runner settled); both are exposed here.
// mode "attach" (electron route): connects over CDP to a desktop VS Code started with
//   --remote-debugging-port, only to serve probe requests (the test runner exits VS Code itself).
//
// In both modes the driver serves the PROBE PROTOCOL (scripts/e2e/README.md): tests write
//   <resultsDir>/probe/req-<id>.json, the driver evaluates it in the workbench page and writes
//   <resultsDir>/probe/res-<id>.json. Ops: wordOrder, eval, screenshot.
//
// Files written to cfg.runDir: driver-result.json {how: exit|timeout|error, code, message},
//   browser-console.log (everything), ext-console.log (extension-host console lines only).
// Exit code: 0 tests passed, 1 the runner reported failure, 3 driver/page error, 124 timeout.
// It never starts or kills code-server or VS Code: run-e2e.sh / runTest.mjs own those processes.
'use strict';
const fs = require('fs');
const path = require('path');
const util = require('util');

const cfg = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const { chromium } = require(cfg.playwrightCore);
const T0 = Date.now();
const sec = () => ((Date.now() - T0) / 1000).toFixed(1);
const say = (s) => process.stderr.write(`[driver ${sec()}s] ${s}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const consoleFile = path.join(cfg.runDir, 'browser-console.log');
const extConsoleFile = path.join(cfg.runDir, 'ext-console.log');
const clog = (s) => { try { fs.appendFileSync(consoleFile, `[${sec()}s] ${s}\n`); } catch { /* run dir gone */ } };
const probeDir = path.join(cfg.resultsDir, 'probe');

let browser;
let page;
let finished = false;

function writeAtomic(file, text) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

async function finish(how, code, message) {
  if (finished) { return; }
  finished = true;
  const exit = how === 'exit' ? (code === 0 ? 0 : 1) : how === 'timeout' ? 124 : 3;
  say(`${how} code=${code}${message ? ` (${message})` : ''}`);
  try { writeAtomic(path.join(cfg.runDir, 'driver-result.json'), JSON.stringify({ how, code, message: message || '', seconds: Number(sec()) })); } catch { /* ignore */ }
  if (cfg.mode === 'launch') {
    try { if (browser) { await Promise.race([browser.close(), sleep(5000)]); } } catch { /* ignore */ }
  }
  process.exit(exit);
}

// ------------------------------------------------------------------ the word-order probe
// Runs in the page. arg: { path?: string }. Picks the editor whose model URI path is arg.path
// (else the focused editor, else the one in the active group, else the first visible one) and,
// for each rendered line, measures the x of every Arabic word in logical order. In a line with
// no Latin letters the x must fall from each word to the next; every rise is a "break"
// (a run laid out in the wrong order, e.g. because a token boundary isolated part of the line).
const WORD_ORDER_PROBE = (arg) => {
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const editors = [...new Set(document.querySelectorAll('.monaco-workbench .editor-instance .monaco-editor, .monaco-workbench .editor-container .monaco-editor'))]
    .filter((e) => visible(e) && e.querySelector('.view-lines'));
  const pathOf = (ed) => {
    const holder = ed.hasAttribute('data-uri') ? ed : (ed.querySelector('[data-uri]') || ed.closest('[data-uri]'));
    const u = (holder && holder.getAttribute('data-uri')) || '';
    try { return decodeURIComponent(new URL(u).pathname); } catch { return ''; }
  };
  let ed = null;
  if (arg && arg.path) {
    ed = editors.find((e) => pathOf(e) === arg.path) || editors.find((e) => pathOf(e).endsWith(arg.path));
  } else {
    const a = document.activeElement && document.activeElement.closest && document.activeElement.closest('.monaco-editor');
    ed = (a && editors.includes(a) && a) || document.querySelector('.editor-group-container.active .editor-instance .monaco-editor') || editors[0] || null;
  }
  if (!ed) { return { found: false, editors: editors.map(pathOf) }; }
  const numbers = new Map();
  for (const d of ed.querySelectorAll('.margin-view-overlays > div')) {
    const n = d.querySelector('.line-numbers');
    if (n && /^\d+$/.test(n.textContent.trim())) { numbers.set(Math.round(parseFloat(d.style.top)), Number(n.textContent.trim())); }
  }
  const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+/g;
  const LATIN = /[A-Za-z\u00C0-\u024F]/;
  const range = document.createRange();
  const lines = [];
  for (const vl of ed.querySelectorAll('.view-lines > .view-line')) {
    if (!visible(vl)) { continue; }
    const top = Math.round(parseFloat(vl.style.top));
    const walker = document.createTreeWalker(vl, NodeFilter.SHOW_TEXT);
    const xs = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      ARABIC.lastIndex = 0;
      let m;
      while ((m = ARABIC.exec(n.data))) {
        range.setStart(n, m.index); range.setEnd(n, m.index + m[0].length);
        const r = range.getBoundingClientRect();
        if (r.width > 0) { xs.push(r.x); }
      }
    }
    let breaks = 0;
    for (let i = 1; i < xs.length; i++) { if (xs[i] > xs[i - 1]) { breaks++; } }
    const text = (vl.textContent || '').replace(/\u00a0/g, ' ');
    lines.push({
      line: numbers.has(top) ? numbers.get(top) : null, top, text,
      spans: vl.querySelectorAll(':scope > span > span').length,
      words: xs.length, breaks, latin: LATIN.test(text),
    });
  }
  lines.sort((a, b) => a.top - b.top);
  const checked = lines.filter((l) => l.words > 1 && !l.latin);
  return {
    found: true, path: pathOf(ed), uri: ((ed.hasAttribute('data-uri') ? ed : ed.querySelector('[data-uri]')) || ed).getAttribute('data-uri') || '', lines,
    arabicLines: checked.length,
    outOfOrder: checked.filter((l) => l.breaks > 0).map((l) => ({ line: l.line, breaks: l.breaks, spans: l.spans, text: l.text.slice(0, 60) })),
  };
};

// ------------------------------------------------------------------ probe protocol server
const ID_RE = /^req-([A-Za-z0-9_.-]{1,80})\.json$/;
const handled = new Set();

async function measureWordOrder(req) {
  const timeoutMs = Number(req.timeoutMs) > 0 ? Number(req.timeoutMs) : 15000;
  const stableMs = Number(req.stableMs) >= 0 ? Number(req.stableMs) : 500;
  const end = Date.now() + timeoutMs;
  let last = null; let lastJson = ''; let since = 0;
  for (;;) {
    const r = await page.evaluate(WORD_ORDER_PROBE, { path: req.path || '' });
    const json = JSON.stringify(r);
    if (r.found && r.lines.length > 0) {
      if (json === lastJson) {
        if (Date.now() - since >= stableMs) { return { ...r, stable: true }; }
      } else { lastJson = json; since = Date.now(); }
      last = r;
    }
    if (Date.now() >= end) {
      if (last) { return { ...last, stable: false }; }
      throw new Error(`no visible editor${req.path ? ` for ${req.path}` : ''} with rendered lines within ${timeoutMs} ms (editors: ${JSON.stringify(r.editors || [])})`);
    }
    await sleep(100);
  }
}

async function handle(req) {
  for (const end = Date.now() + 30000; !page && Date.now() < end;) { await sleep(200); } // attach mode: page still being found
  if (!page) { throw new Error('no workbench page'); }
  switch (req.op) {
    case 'wordOrder': return measureWordOrder(req);
    case 'eval': {
      if (typeof req.expression !== 'string') { throw new Error('eval needs "expression" (a JS expression string)'); }
      return page.evaluate(req.expression);
    }
    case 'screenshot': {
      const name = String(req.name || `shot-${Date.now()}`).replace(/[^A-Za-z0-9_.-]/g, '_');
      const file = path.join(probeDir, name.endsWith('.png') ? name : `${name}.png`);
      await page.screenshot({ path: file });
      return { file };
    }
    case 'ping': return { pong: true, mode: cfg.mode, host: cfg.host || '' };
    default: throw new Error(`unknown op ${JSON.stringify(req.op)} (known: wordOrder, eval, screenshot, ping)`);
  }
}

async function serveProbes() {
  fs.mkdirSync(probeDir, { recursive: true });
  writeAtomic(path.join(probeDir, 'READY'), JSON.stringify({ pid: process.pid, mode: cfg.mode, host: cfg.host || '', ops: ['wordOrder', 'eval', 'screenshot', 'ping'], protocol: 1 }));
  while (!finished) {
    let names = [];
    try { names = fs.readdirSync(probeDir); } catch { /* not yet */ }
    for (const name of names.sort()) {
      const m = ID_RE.exec(name);
      if (!m || handled.has(m[1])) { continue; }
      const id = m[1];
      handled.add(id);
      const t = Date.now();
      let res;
      try {
        const req = JSON.parse(fs.readFileSync(path.join(probeDir, name), 'utf8'));
        const result = await handle(req);
        res = { id, ok: true, result: result === undefined ? null : result, ms: Date.now() - t };
      } catch (e) {
        res = { id, ok: false, error: String((e && e.message) || e), ms: Date.now() - t };
      }
      clog(`[probe] ${id} ${res.ok ? 'ok' : `error: ${res.error}`} (${res.ms} ms)`);
      try { writeAtomic(path.join(probeDir, `res-${id}.json`), JSON.stringify(res)); } catch (e) { say(`cannot write probe answer ${id}: ${e}`); }
    }
    await sleep(100);
  }
}

// ------------------------------------------------------------------ launch mode
async function launch() {
  const timer = setTimeout(() => finish('timeout', 124, `timeout after ${cfg.timeoutSec}s`), Math.max(1, Number(cfg.timeoutSec)) * 1000);
  const authority = new URL(cfg.url).host;
  const remote = (p) => `vscode-remote://${authority}${p.split('/').map(encodeURIComponent).join('/')}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(cfg.extDev)],
    ['extensionTestsPath', remote(cfg.testsPath)],
    ['skipWelcome', 'true'], ['skipReleaseNotes', 'true'],
  ]);
  const target = `${cfg.url}/?folder=${encodeURIComponent(cfg.workspace)}&payload=${encodeURIComponent(payload)}`;
  browser = await chromium.launch({
    executablePath: cfg.chromium, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--lang=en-US'],
  });
  browser.on('disconnected', () => finish('error', 3, 'browser disconnected'));
  const context = await browser.newContext({ viewport: cfg.viewport || { width: 1600, height: 1000 } });
  page = await context.newPage();
  page.on('console', (m) => clog(`[console.${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => clog(`[pageerror] ${(e && e.stack) || e}`));
  page.on('crash', () => finish('error', 3, 'page crashed'));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = util.format(...(Array.isArray(args) ? args : [args]));
    clog(`[ext.${type}] ${text}`);
    try { fs.appendFileSync(extConsoleFile, `${text}\n`); } catch { /* ignore */ }
  });
  await page.exposeFunction('codeAutomationExit', async (code) => {
    clearTimeout(timer);
    await sleep(300); // let the last forwarded console lines land
    await finish('exit', Number(code) || 0, 'codeAutomationExit');
  });
  serveProbes().catch((e) => say(`probe server stopped: ${e}`));
  clog(`[driver] goto ${target}`);
  say(`goto ${cfg.url} (${cfg.host} host)`);
  await page.goto(target);
  say('workbench page loaded');
}

// ------------------------------------------------------------------ attach mode
async function attach() {
  const end = Date.now() + Math.max(5, Number(cfg.timeoutSec) || 120) * 1000;
  for (;;) {
    try {
      browser = await chromium.connectOverCDP(cfg.cdpUrl, { timeout: 5000 });
      break;
    } catch (e) {
      if (Date.now() > end) { throw new Error(`cannot attach to ${cfg.cdpUrl}: ${e && e.message}`); }
      await sleep(500);
    }
  }
  browser.on('disconnected', () => finish('exit', 0, 'VS Code closed the CDP connection'));
  say(`attached to ${cfg.cdpUrl}`);
  serveProbes().catch((e) => say(`probe server stopped: ${e}`));
  while (!finished && !page) {
    for (const p of browser.contexts().flatMap((c) => c.pages())) {
      try { if (await p.evaluate(() => !!document.querySelector('.monaco-workbench'))) { page = p; break; } } catch { /* navigating */ }
    }
    if (!page) { await sleep(500); }
  }
  say('workbench page found');
}

process.on('SIGTERM', () => finish('error', 3, 'SIGTERM'));
process.on('SIGINT', () => finish('error', 3, 'SIGINT'));
(cfg.mode === 'attach' ? attach() : launch()).catch((e) => {
  clog(`[driver] error ${(e && e.stack) || e}`);
  finish('error', 3, String((e && e.message) || e));
});
