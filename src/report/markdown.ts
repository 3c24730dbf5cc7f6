/**
 * The report as Markdown, for tickets and change requests (GitHub-flavoured: tables, no HTML). Every piece of text
 * from the tenant (names, UPNs, policy names) is escaped, so a policy called `**x** | y` cannot break the page.
 */
import {type Block, buildDocument, type DocumentInput, type ReportDocument} from './document.js';

/** Escapes Markdown's inline syntax (and HTML, which most Markdown renderers pass through). */
export function escapeMarkdown(text: string): string {
	return (
		text
			.replace(/\r?\n/g, ' ')
			.replace(/[\\`*_[\]|~<>]/g, c => `\\${c}`)
			// Block syntax only counts at the start of a line (headings, list items, rules, numbered lists).
			.replace(/^(\s*)([#+=-])/, '$1\\$2')
			.replace(/^(\s*\d+)\./, '$1\\.')
	);
}

function cell(text: string): string {
	return text === '' ? ' ' : escapeMarkdown(text);
}

function block(b: Block): string {
	switch (b.kind) {
		case 'paragraph':
			return b.strong ? `**${escapeMarkdown(b.text)}**` : escapeMarkdown(b.text);
		case 'note':
			return `_${escapeMarkdown(b.text)}_`;
		case 'subheading':
			return `### ${escapeMarkdown(b.text)}`;
		case 'list':
			return b.items.map(item => `- ${escapeMarkdown(item)}`).join('\n');
		case 'table': {
			const head = `| ${b.head.map(cell).join(' | ')} |`;
			const rule = `| ${b.head.map(() => '---').join(' | ')} |`;
			const rows = b.rows.map(r => `| ${r.map(cell).join(' | ')} |`);
			return [head, rule, ...rows].join('\n');
		}
	}
}

export function documentToMarkdown(doc: ReportDocument): string {
	const parts = [`# ${escapeMarkdown(doc.title)}`, doc.meta.map(m => escapeMarkdown(m)).join('  \n')];
	for (const section of doc.sections) {
		parts.push(`## ${escapeMarkdown(section.title)}`);
		for (const b of section.blocks) parts.push(block(b));
	}
	parts.push(`---\n_${escapeMarkdown(doc.footer)}_`);
	return `${parts.join('\n\n')}\n`;
}

export function renderMarkdown(input: DocumentInput): string {
	return documentToMarkdown(buildDocument(input));
}
