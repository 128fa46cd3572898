/**
 * The dashboard page: snapshot → one self-contained HTML document (inline CSS and SVG,
 * no script, font or image from anywhere). Pure, so the web app and the offline command
 * print the very same page.
 */
import {
  figure,
  FUNNEL,
  furthestBehind,
  neededTotal,
  notReported,
  progress,
  type DashboardSnapshot,
  type SnapshotFigure,
  type SnapshotRow,
} from '../domain/dashboard/snapshot';
import { DASHBOARD_TEXT as T } from '../i18n/dashboard';

const BEHIND_LIMIT = 10;

export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** 12345 → '12.345', as Vietnamese writes it (no Intl: Apps Script's locale data is thin). */
export function formatCount(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

const percent = (ratio: number): string => `${Math.round(ratio * 1000) / 10}`.replace('.', ',') + '%';

/** dd/mm/yyyy hh:mm in Hai Phong time (UTC+7, no daylight saving). */
export function formatVietnamTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 7 * 3600_000);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f1f1f;background:#f6f8fb;font-size:15px;line-height:1.4}
main{max-width:960px;margin:0 auto;padding:12px}
h1{font-size:1.35em;margin:4px 0 0}
h2{font-size:1.1em;margin:22px 0 8px}
.sub,.when,.note{color:#555;margin:2px 0;font-size:.92em}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));gap:8px;margin-top:12px}
.card{background:#fff;border:1px solid #dde3ea;border-radius:8px;padding:8px 10px}
.card b{display:block;font-size:1.35em}
.card span{color:#555;font-size:.85em}
.headline{background:#fff;border:1px solid #dde3ea;border-left:6px solid #188038;border-radius:8px;padding:10px 14px;margin-top:12px}
.headline b{font-size:2em;color:#188038;margin-right:8px}
.headline .bar i{background:#188038}
.bar{height:10px;background:#e3e8ef;border-radius:5px;overflow:hidden;margin-top:6px}
.bar i{display:block;height:100%;background:#1a73e8}
svg{width:100%;height:auto;background:#fff;border:1px solid #dde3ea;border-radius:8px}
svg text{font-size:13px;fill:#1f1f1f}
.legend{display:flex;flex-wrap:wrap;gap:12px;font-size:.85em;margin:6px 0}
.legend i{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:4px;vertical-align:-1px}
.scroll{overflow-x:auto;background:#fff;border:1px solid #dde3ea;border-radius:8px}
table{border-collapse:collapse;width:100%;font-size:.9em}
th,td{padding:5px 8px;border-bottom:1px solid #edf0f4;text-align:right;white-space:nowrap}
th:first-child,td:first-child{text-align:left;position:sticky;left:0;background:#fff}
thead th{background:#eef3fd;font-weight:600}
tr.sum td{font-weight:600;background:#f3f5f8}
ul.pending{columns:2 220px;padding-left:18px;margin:4px 0}
`;

const COLORS = { declared: '#9aa0a6', listed: '#fbbc04', assigned: '#1a73e8' } as const;

function page(body: string): string {
  return (
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<title>${escapeHtml(T.title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`
  );
}

function header(snapshot: DashboardSnapshot | null): string {
  return (
    `<h1>${escapeHtml(T.title)}</h1><p class="sub">${escapeHtml(T.subtitle)}</p>` +
    (snapshot ? `<p class="when">${escapeHtml(T.computedAt(formatVietnamTime(snapshot.computedAt)))}</p>` : '')
  );
}

function cards(snapshot: DashboardSnapshot): string {
  const total = snapshot.total;
  const shown: SnapshotFigure[] = snapshot.figures.filter((f) => f !== 'units');
  const ratio = progress(snapshot, total);
  const items = shown.map(
    (f) =>
      `<div class="card"><b>${formatCount(figure(snapshot, total, f))}</b><span>${escapeHtml(T.figures[f])}</span></div>`,
  );
  items.unshift(
    `<div class="card"><b>${percent(ratio)}</b><span>${escapeHtml(T.progress)}</span>` +
      `<div class="bar"><i style="width:${Math.min(100, Math.round(ratio * 100))}%"></i></div></div>`,
  );
  return `<h2>${escapeHtml(T.city)}</h2><div class="cards">${items.join('')}</div>`;
}

/** What the Director asks first: mailboxes in use against those needed, city-wide. */
function headline(snapshot: DashboardSnapshot): string {
  if (!snapshot.figures.includes('inUse')) return '';
  const total = snapshot.total;
  const inUse = figure(snapshot, total, 'inUse');
  const need = neededTotal(snapshot);
  const ratio = need === 0 ? 0 : inUse / need;
  return (
    `<section class="headline" id="headline"><h2>${escapeHtml(T.headline)}</h2>` +
    `<p><b>${percent(ratio)}</b>${escapeHtml(T.headlineOf(formatCount(inUse), formatCount(need)))}</p>` +
    `<div class="bar"><i style="width:${Math.min(100, Math.round(ratio * 100))}%"></i></div>` +
    `<p class="note">${escapeHtml(T.headlineNote)}</p></section>`
  );
}

/** One bar per step from the list to mailboxes in use, each as a share of the people listed. */
function funnel(snapshot: DashboardSnapshot): string {
  const steps = FUNNEL.filter((f) => snapshot.figures.includes(f));
  if (!steps.includes('inUse')) return '';
  const total = snapshot.total;
  const top = Math.max(1, figure(snapshot, total, 'listed'));
  const width = 480;
  const left = 150;
  const barWidth = width - left - 110;
  const rowHeight = 26;
  const bars = steps.map((f, i) => {
    const value = figure(snapshot, total, f);
    const y = 6 + i * rowHeight;
    const w = Math.max(1, Math.round((value / top) * barWidth));
    return (
      `<text x="4" y="${y + 15}">${escapeHtml(T.funnel[f])}</text>` +
      `<rect x="${left}" y="${y}" width="${w}" height="20" fill="#188038"><title>${escapeHtml(T.funnel[f])}: ${formatCount(value)}</title></rect>` +
      `<text x="${left + w + 6}" y="${y + 15}">${formatCount(value)} (${percent(value / top)})</text>`
    );
  });
  return (
    `<h2>${escapeHtml(T.funnelTitle)}</h2>` +
    `<svg id="funnel" viewBox="0 0 ${width} ${steps.length * rowHeight + 10}" role="img" aria-label="${escapeHtml(T.funnelChart)}">` +
    `<title>${escapeHtml(T.funnelChart)}</title>${bars.join('')}</svg>`
  );
}

function legend(): string {
  return `<div class="legend">${(['declared', 'listed', 'assigned'] as const)
    .map((f) => `<span><i style="background:${COLORS[f]}"></i>${escapeHtml(T.figures[f])}</span>`)
    .join('')}</div>`;
}

/** Grouped horizontal bars: declared, listed and assigned for each region. */
function regionsChart(snapshot: DashboardSnapshot): string {
  const series = ['declared', 'listed', 'assigned'] as const;
  const max = Math.max(1, ...snapshot.regions.flatMap((r) => series.map((f) => figure(snapshot, r, f))));
  // A narrow drawing: on a phone its text stays readable once scaled to the screen.
  const width = 480;
  const left = 92;
  const barWidth = width - left - 70;
  const groupHeight = 76;
  const height = snapshot.regions.length * groupHeight + 12;
  const groups = snapshot.regions.map((r, gi) => {
    const y0 = 10 + gi * groupHeight;
    const bars = series.map((f, si) => {
      const value = figure(snapshot, r, f);
      const w = Math.round((value / max) * barWidth);
      const y = y0 + si * 22;
      return (
        `<rect x="${left}" y="${y}" width="${w}" height="18" fill="${COLORS[f]}"><title>${escapeHtml(T.figures[f])}: ${formatCount(value)}</title></rect>` +
        `<text x="${left + w + 6}" y="${y + 14}">${formatCount(value)}</text>`
      );
    });
    return `<text x="4" y="${y0 + 36}" font-weight="600">${escapeHtml(T.regionName[r.name] ?? r.name)}</text>${bars.join('')}`;
  });
  return (
    `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(T.regionsChart)}">` +
    `<title>${escapeHtml(T.regionsChart)}</title>${groups.join('')}</svg>`
  );
}

/** One bar per commune: the share of its people who hold an address. */
function behindChart(snapshot: DashboardSnapshot, rows: SnapshotRow[]): string {
  if (rows.length === 0) return `<p class="note">${escapeHtml(T.behindNone)}</p>`;
  const width = 480;
  const left = 178;
  const barWidth = width - left - 56;
  const rowHeight = 26;
  const height = rows.length * rowHeight + 10;
  const bars = rows.map((r, i) => {
    const ratio = progress(snapshot, r);
    const y = 6 + i * rowHeight;
    const w = Math.max(1, Math.round(ratio * barWidth));
    const name = r.name.length > 23 ? `${r.name.slice(0, 22)}…` : r.name;
    return (
      `<text x="4" y="${y + 15}">${escapeHtml(name)}</text>` +
      `<rect x="${left}" y="${y}" width="${barWidth}" height="20" fill="#e3e8ef"/>` +
      `<rect x="${left}" y="${y}" width="${w}" height="20" fill="#d93025"><title>${escapeHtml(r.name)}: ${percent(ratio)}</title></rect>` +
      `<text x="${left + barWidth + 6}" y="${y + 15}">${percent(ratio)}</text>`
    );
  });
  return (
    `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(T.behindChart)}">` +
    `<title>${escapeHtml(T.behindChart)}</title>${bars.join('')}</svg>`
  );
}

function table(snapshot: DashboardSnapshot): string {
  const figures = snapshot.figures;
  const head =
    `<tr><th>${escapeHtml(T.commune)}</th><th>${escapeHtml(T.region)}</th>` +
    figures.map((f) => `<th>${escapeHtml(T.figures[f])}</th>`).join('') +
    `<th>${escapeHtml(T.rate)}</th></tr>`;
  const line = (r: SnapshotRow, sum: boolean): string =>
    `<tr${sum ? ' class="sum"' : ''}><td>${escapeHtml(T.regionName[r.name] ?? r.name)}</td><td>${escapeHtml(r.region)}</td>` +
    r.values.map((v) => `<td>${formatCount(v)}</td>`).join('') +
    `<td>${percent(progress(snapshot, r))}</td></tr>`;
  const body = [
    ...snapshot.communes.map((r) => line(r, false)),
    ...snapshot.regions.map((r) => line(r, true)),
    line(snapshot.total, true),
  ].join('');
  return `<div class="scroll"><table><thead>${head}</thead><tbody>${body}</tbody></table></div>`;
}

export function renderDashboard(snapshot: DashboardSnapshot | null): string {
  if (!snapshot) return page(`${header(null)}<p>${escapeHtml(T.noSnapshot)}</p>`);
  const pending = notReported(snapshot);
  const behind = furthestBehind(snapshot, BEHIND_LIMIT);
  return page(
    header(snapshot) +
      headline(snapshot) +
      funnel(snapshot) +
      cards(snapshot) +
      `<h2>${escapeHtml(T.regionsTitle)}</h2>${legend()}${regionsChart(snapshot)}` +
      `<h2>${escapeHtml(T.behindTitle)}</h2>${behindChart(snapshot, behind)}` +
      `<h2>${escapeHtml(T.notReportedTitle(pending.length))}</h2>` +
      (pending.length
        ? `<ul class="pending">${pending.map((c) => `<li>${escapeHtml(c.name)}</li>`).join('')}</ul>`
        : `<p class="note">${escapeHtml(T.notReportedNone)}</p>`) +
      `<h2>${escapeHtml(T.communesTitle)}</h2>${table(snapshot)}` +
      `<p class="note">${escapeHtml(T.countsOnly)}</p>`,
  );
}

/** The page a viewer outside the domain gets: no figure at all. */
export function renderNotAllowed(domain: string): string {
  return renderProblem(T.notAllowed(domain));
}

export function renderProblem(message: string): string {
  return page(`${header(null)}<p>${escapeHtml(message)}</p>`);
}
