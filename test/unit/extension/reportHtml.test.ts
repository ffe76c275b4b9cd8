import * as assert from 'node:assert/strict';
import { analyze, LineIndex } from '../../../src/core/index';
import { escapeHtml, reportHtml } from '../../../src/extension/reportHtml';
import type { Analysis } from '../../../src/core/index';
import { analysisOf, quote, seedText, source, spanOf } from './helpers';

function render(text: string, analysis: Analysis = analyze(text, { tags: true })): string {
	const index = new LineIndex(text);
	return reportHtml({
		title: 'a<b>.arnews',
		text,
		analysis,
		nonce: 'abc123',
		cspSource: 'https://webview.example',
		position: (o) => index.position(o),
		revealHref: (s) => `command:isnad.reveal?${encodeURIComponent(JSON.stringify(['file:///a', s.start, s.end]))}`,
	});
}

suite('extension/reportHtml: the sourcing report', () => {
	test('right to left, a strict CSP, no script, nothing remote', () => {
		const html = render(seedText());
		assert.match(html, /<html lang="ar" dir="rtl">/u);
		assert.match(html, /Content-Security-Policy" content="default-src &#39;none&#39;; style-src https:\/\/webview.example &#39;nonce-abc123&#39;; img-src https:\/\/webview.example;"/u);
		assert.doesNotMatch(html, /<script/iu);
		assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//iu);
		assert.match(html, /<style nonce="abc123">/u);
		assert.match(html, /تقرير الإسناد/u);
		assert.match(html, /الكلمات الدلالية/u);
		assert.match(html, /a&lt;b&gt;\.arnews/u);
	});

	test('article text is escaped everywhere', () => {
		const evil = 'وقال الوزير: «<script>alert(1)</script> & <img src=x onerror=alert(2)>» في "بيان".';
		const q = spanOf(evil, '«<script>alert(1)</script> & <img src=x onerror=alert(2)>»');
		const a = analysisOf({
			quotes: [quote(q, spanOf(evil, 'الوزير'), spanOf(evil, 'وقال'))],
			sources: [source(spanOf(evil, '<img src=x'), true, { reason: spanOf(evil, '<script>') })],
			entities: [{ ...spanOf(evil, '<script>'), type: 'ORG' }],
			findings: [{ ruleId: 'x.<b>', severity: 'warning', start: 0, end: 3, message: '<i>en</i>', messageAr: '<u>ar</u>', fingerprint: 'x' }],
		});
		const html = render(evil, { ...a, tags: [{ text: '<b>tag</b>', key: 'b', score: 1, kind: 'word' }] });
		assert.doesNotMatch(html, /<(b|i|u)>/u);
		assert.doesNotMatch(html, /<script>alert/u);
		assert.doesNotMatch(html, /<img/u);
		assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/u);
	});

	test('escapeHtml', () => {
		assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
	});
});
