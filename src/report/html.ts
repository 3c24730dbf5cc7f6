/**
 * The report as one self-contained HTML page an admin can hand to a manager: inline CSS only, no scripts, no fonts,
 * images or links to load — so it opens offline, passes mail filters and prints cleanly (print styles keep tables
 * whole and drop the background colours). Every piece of text is escaped; nothing from the tenant becomes markup.
 */
import {type Block, buildDocument, type DocumentInput, type ReportDocument, type Tone} from './document.js';

export function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;');
}

const STYLE = `
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Malgun Gothic", "Apple SD Gothic Neo", sans-serif;
  color: #1b1f24; margin: 2rem auto; max-width: 70rem; padding: 0 1.5rem; }
h1 { font-size: 1.6rem; margin-bottom: .25rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .25rem; }
h3 { font-size: 1rem; margin-bottom: .25rem; }
.meta { color: #57606a; margin: 0 0 1rem; padding: 0; list-style: none; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { text-align: left; vertical-align: top; border: 1px solid #d0d7de; padding: .35rem .5rem; overflow-wrap: anywhere; }
th { background: #f6f8fa; }
.verdict { font-weight: 600; font-size: 1.1rem; padding: .6rem .8rem; border-radius: 6px; }
.tone-ok { background: #dafbe1; }
.tone-bad { background: #ffebe9; }
.tone-unknown { background: #fff8c5; }
.note { color: #57606a; font-style: italic; }
footer { margin-top: 3rem; color: #57606a; font-size: .85rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; }
  tr, li { break-inside: avoid; }
  .tone-ok, .tone-bad, .tone-unknown, th { background: none; }
  .verdict { border: 2px solid #1b1f24; }
}
`;

function toneClass(tone: Tone | undefined): string {
	return tone && tone !== 'neutral' ? ` class="tone-${tone}"` : '';
}

function block(b: Block): string {
	switch (b.kind) {
		case 'paragraph':
			return b.strong
				? `<p class="verdict${b.tone && b.tone !== 'neutral' ? ` tone-${b.tone}` : ''}">${escapeHtml(b.text)}</p>`
				: `<p>${escapeHtml(b.text)}</p>`;
		case 'note':
			return `<p class="note">${escapeHtml(b.text)}</p>`;
		case 'subheading':
			return `<h3>${escapeHtml(b.text)}</h3>`;
		case 'list':
			return `<ul>\n${b.items.map(i => `<li>${escapeHtml(i)}</li>`).join('\n')}\n</ul>`;
		case 'table': {
			const head = `<thead><tr>${b.head.map(h => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
			const rows = b.rows
				.map((r, i) => `<tr${toneClass(b.tones?.[i])}>${r.map(c => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
				.join('\n');
			return `<table>\n${head}\n<tbody>\n${rows}\n</tbody>\n</table>`;
		}
	}
}

export function documentToHtml(doc: ReportDocument, lang: string): string {
	const sections = doc.sections
		.map(
			s =>
				`<section id="${escapeHtml(s.id)}">\n<h2>${escapeHtml(s.title)}</h2>\n${s.blocks.map(block).join('\n')}\n</section>`,
		)
		.join('\n');
	return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(doc.title)}</h1>
<ul class="meta">
${doc.meta.map(m => `<li>${escapeHtml(m)}</li>`).join('\n')}
</ul>
</header>
<main>
${sections}
</main>
<footer>${escapeHtml(doc.footer)}</footer>
</body>
</html>
`;
}

export function renderHtml(input: DocumentInput): string {
	return documentToHtml(buildDocument(input), input.t.lang);
}
