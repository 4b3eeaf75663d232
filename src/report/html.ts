import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { RunCounts } from '../writers/columns.ts';
import type { RunInfo } from '../writers/outcome.ts';
import type { ReportData } from './data.ts';

/** The run the header names, with the same figures as summary.json's `counts`. */
export interface ReportHeader {
  run: RunInfo;
  counts: RunCounts['counts'];
}

const require = createRequire(import.meta.url);
let echartsSource: string | undefined;

/** ECharts, inlined so the page needs no network when it is opened. Read once per process. */
function echarts(): string {
  echartsSource ??= readFileSync(require.resolve('echarts/dist/echarts.min.js'), 'utf8');
  return echartsSource;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/** JSON that is safe inside a <script> element: no `</script>`, no line separators. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function shown(count: number, total: number, which = 'first'): string {
  return count < total ? ` <span class="note">(the ${which} ${count} of ${total})</span>` : '';
}

function citeLink(item: { anchor: string; articleId: string }): string {
  return `<a href="#${escapeHtml(item.anchor)}">${escapeHtml(item.articleId)}</a>`;
}

interface Row {
  cells: string[];
  className?: string;
}

function table(headers: string[], rows: Row[], empty: string): string {
  if (rows.length === 0) return `<p class="empty">${escapeHtml(empty)}</p>`;
  const head = headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr${r.className ? ` class="${r.className}"` : ''}>${r.cells.join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

const STYLE = `
:root { --up: #c62828; --down: #2e7d32; --muted: #666; }
body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, sans-serif;
  margin: 0 auto; max-width: 1200px; padding: 0 16px 48px; color: #1a1a1a; }
header { border-bottom: 1px solid #ddd; padding: 16px 0; }
h1 { font-size: 22px; margin: 0 0 8px; }
h2 { font-size: 18px; margin: 32px 0 8px; }
.counts span { display: inline-block; margin-right: 20px; }
.counts b { font-size: 20px; }
.note, .empty, .meta { color: var(--muted); font-size: 13px; }
.chart { width: 100%; height: 420px; }
#detail { min-height: 48px; padding: 8px 12px; background: #f6f6f6; border-radius: 4px; font-size: 14px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border-bottom: 1px solid #eee; padding: 4px 8px; text-align: left; vertical-align: top; }
tr.up td.change { color: var(--up); } tr.down td.change { color: var(--down); }
td.sentence { color: #333; max-width: 560px; }
.severity-error { color: #b00020; font-weight: bold; } .severity-warning { color: #b26a00; }
li.sentence:target { background: #fff3c4; }
`;

/** The self-contained report page: charts, tables and the cited sentences of one run. */
export function renderReportHtml(header: ReportHeader, data: ReportData): string {
  const c = header.counts;
  const moves = table(
    ['subject', 'event', 'change', 'date', 'sentence', 'article'],
    data.moves.items.map((m) => ({
      className: m.direction,
      cells: [
        `<td>${escapeHtml(m.subject)}</td>`,
        `<td>${escapeHtml(m.eventType)}</td>`,
        `<td class="change">${m.direction === 'up' ? '▲ ' : m.direction === 'down' ? '▼ ' : ''}${escapeHtml(m.change)}</td>`,
        `<td>${escapeHtml(m.date)}</td>`,
        `<td class="sentence">${escapeHtml(m.sentence)}</td>`,
        `<td>${citeLink(m)}</td>`,
      ],
    })),
    'No stock or index moves in this run.',
  );
  const quotes = table(
    ['speaker', 'quote', 'verb', 'article'],
    data.quotes.items.map((q) => ({
      cells: [
        `<td>${escapeHtml(q.speaker)}</td>`,
        `<td class="sentence">“${escapeHtml(q.text)}”</td>`,
        `<td>${escapeHtml(q.verb)}</td>`,
        `<td>${citeLink(q)}</td>`,
      ],
    })),
    'No quotes in this run.',
  );
  const diagnostics = table(
    ['severity', 'code', 'file', 'message'],
    data.diagnostics.items.map((d) => ({
      cells: [
        `<td class="severity-${escapeHtml(d.severity)}">${escapeHtml(d.severity)}</td>`,
        `<td>${escapeHtml(d.code)}</td>`,
        `<td>${escapeHtml(d.path ?? d.articleId)}</td>`,
        `<td>${escapeHtml(d.message)}</td>`,
      ],
    })),
    'No diagnostics: every input loaded and every record validated.',
  );
  const articles = data.articles
    .map(
      (a) => `<section class="article" id="article-${escapeHtml(a.id)}">
<h3>${escapeHtml(a.title ?? a.id)}</h3>
<p class="meta">${escapeHtml([a.source, a.publishedAt, a.path, a.status].filter(Boolean).join(' · '))}</p>
<ol>${a.sentences.map((s) => `<li class="sentence" id="${escapeHtml(s.anchor)}">${escapeHtml(s.text)}</li>`).join('\n')}</ol>
</section>`,
    )
    .join('\n');

  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsgrid report</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>newsgrid report</h1>
<p class="counts" id="counts">
<span>articles <b data-count="articles">${c.articles}</b></span>
<span>records <b data-count="records">${c.records}</b></span>
<span>failed inputs <b data-count="failedInputs">${c.failedInputs}</b></span>
<span>failed articles <b data-count="failedArticles">${c.failedArticles}</b></span>
</p>
<p class="meta">newsgrid ${escapeHtml(header.run.version)} · ${c.inputs} inputs · finished ${escapeHtml(header.run.finishedAt)}</p>
</header>

<h2>Timeline of events${shown(data.timeline.points.length, data.timeline.total, 'latest')}</h2>
<div id="timeline" class="chart"></div>
<div id="detail" class="note">Click a point to see its sentence and article.</div>

<h2>Most-mentioned organizations${shown(data.organizations.names.length, data.organizations.total, 'top')}</h2>
<div id="organizations" class="chart"></div>

<h2>Largest amounts in ${escapeHtml(data.amounts.currency)}${shown(data.amounts.items.length, data.amounts.total, 'largest')}</h2>
<p class="note">Converted with the run's FX table; each label keeps the amount as written.</p>
<div id="amounts" class="chart"></div>

<h2>Stock and index moves${shown(data.moves.items.length, data.moves.total)}</h2>
<p class="note">▲ up in red, ▼ down in green, as on Chinese market screens.</p>
${moves}

<h2>Quotes${shown(data.quotes.items.length, data.quotes.total)}</h2>
${quotes}

<h2>Diagnostics${shown(data.diagnostics.items.length, data.diagnostics.total)}</h2>
${diagnostics}

<h2>Cited sentences by article</h2>
${articles || '<p class="empty">No figure cites a sentence.</p>'}

<script>${echarts()}</script>
<script id="report-data" type="application/json">${scriptJson(data)}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}

/** Runs in the page: draws the three charts from the embedded data. */
const CLIENT_SCRIPT = `
(function () {
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var font = getComputedStyle(document.body).fontFamily;
  function chart(id) { return echarts.init(document.getElementById(id), null, { renderer: 'svg' }); }
  function text(s) { var d = document.createElement('div'); d.textContent = s == null ? '' : String(s); return d.innerHTML; }

  var types = [];
  data.timeline.points.forEach(function (p) { if (types.indexOf(p.eventType) < 0) types.push(p.eventType); });
  var timeline = chart('timeline');
  timeline.setOption({
    animation: false,
    textStyle: { fontFamily: font },
    grid: { left: 130, right: 30, top: 20, bottom: 70 },
    tooltip: { trigger: 'item', formatter: function (item) { var p = item.data.point;
      return text(p.date) + ' · ' + text(p.eventType) + '<br><b>' + text(p.subject) + '</b>' + (p.object ? ' → ' + text(p.object) : ''); } },
    xAxis: { type: 'time' },
    yAxis: { type: 'category', data: types },
    dataZoom: [{ type: 'slider', xAxisIndex: 0 }, { type: 'inside', xAxisIndex: 0 }],
    series: [{ type: 'scatter', symbolSize: 12, data: data.timeline.points.map(function (p) {
      return { value: [p.date, p.eventType], point: p, itemStyle: { color: p.direction === 'down' ? '#2e7d32' : p.direction === 'up' ? '#c62828' : '#1565c0' } }; }) }]
  });
  timeline.on('click', function (item) {
    var p = item.data.point;
    document.getElementById('detail').innerHTML = '<b>' + text(p.date) + ' · ' + text(p.eventType) + ' · ' + text(p.subject) + '</b><br>'
      + text(p.sentence) + '<br><a href="#' + text(p.anchor) + '">' + text(p.articleId) + '</a>';
  });

  var orgs = data.organizations.names.slice().reverse();
  chart('organizations').setOption({
    animation: false,
    textStyle: { fontFamily: font },
    grid: { left: 160, right: 30, top: 10, bottom: 30 },
    tooltip: {},
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: orgs.map(function (o) { return o.name; }) },
    series: [{ type: 'bar', data: orgs.map(function (o) { return o.mentions; }), itemStyle: { color: '#1565c0' } }]
  });

  var amounts = data.amounts.items.slice().reverse();
  var amountChart = chart('amounts');
  amountChart.setOption({
    animation: false,
    textStyle: { fontFamily: font },
    grid: { left: 260, right: 40, top: 10, bottom: 30 },
    tooltip: { formatter: function (item) { var a = amounts[item.dataIndex]; return text(a.label) + '<br>' + text(a.sentence); } },
    xAxis: { type: 'value', axisLabel: { formatter: function (v) { return v >= 1e8 ? (v / 1e8) + '亿' : v >= 1e4 ? (v / 1e4) + '万' : v; } } },
    yAxis: { type: 'category', data: amounts.map(function (a) { return a.label; }) },
    series: [{ type: 'bar', data: amounts.map(function (a) { return a.referenceAmount; }), itemStyle: { color: '#6a1b9a' } }]
  });
  amountChart.on('click', function (item) { location.hash = amounts[item.dataIndex].anchor; });

  window.addEventListener('resize', function () { echarts.getInstanceByDom(document.getElementById('timeline')).resize(); });
  document.body.setAttribute('data-ready', 'true');
})();
`;
