import {describe, expect, it} from 'vitest';
import {countQuery, efficiencyOf, filterKey} from '../../bench/assessment.js';
import {median, quantile, slope, summarise} from '../../bench/lib/stats.js';

describe('benchmark statistics', () => {
	it('takes medians, nearest-rank percentiles and least-squares slopes', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(
			quantile(
				[...Array(100).keys()].map(i => i + 1),
				0.95,
			),
		).toBe(95);
		expect(summarise([2, 8, 4])).toEqual({n: 3, median: 4, p95: 8, min: 2, max: 8});
		expect(
			slope([
				[1, 10],
				[3, 14],
				[10, 28],
			]),
		).toBeCloseTo(2, 10);
		expect(Number.isNaN(median([]))).toBe(true);
	});
});

describe('sign-in-log requests against the minimum', () => {
	const q = (filter: string, extra = '', status = 200) => ({
		path: '/beta/auditLogs/signIns',
		query: `$filter=${encodeURIComponent(filter)}&$top=1000${extra}`,
		status,
		throttled: status === 429,
	});

	it('groups pages of one filter by their query without the skip token', () => {
		expect(filterKey(q("clientAppUsed eq 'IMAP4'", '&$skiptoken=abc'))).toBe(filterKey(q("clientAppUsed eq 'IMAP4'")));
		expect(countQuery('/beta/auditLogs/signIns?%24filter=x&%24top=1')).toBe(
			'/beta/auditLogs/signIns?%24filter=x&%24top=1000',
		);
	});

	it('needs ceil(rows / 1000) per filter read to its end, at least one, and one for a filter stopped early', () => {
		const imap = q("clientAppUsed eq 'IMAP4'");
		const pop = q("clientAppUsed eq 'POP3'");
		const check = {...q("userId eq 'u1'"), query: `$filter=${encodeURIComponent("userId eq 'u1'")}&$top=1`};
		const queries = [imap, {...imap, query: `${imap.query}&$skiptoken=2`}, pop, check];
		const rows = new Map([
			[filterKey(imap), 1500],
			[filterKey(pop), 0],
			[filterKey(check), 40],
		]);
		const e = efficiencyOf(queries, rows);
		// IMAP4: 2 pages for 1,500 rows; POP3: 1 request for nothing; the $top=1 check stopped after 1 of 40 pages.
		expect(e).toMatchObject({requests: 4, minimum: 4, ratio: 1, filters: 3, stoppedEarly: 1, matchingRows: 1540});
	});

	it('counts 429s and re-reads against the run', () => {
		const imap = q("clientAppUsed eq 'IMAP4'");
		const e = efficiencyOf([imap, q("clientAppUsed eq 'IMAP4'", '', 429), imap], new Map([[filterKey(imap), 10]]));
		expect(e.requests).toBe(3);
		expect(e.minimum).toBe(1);
		expect(e.ratio).toBe(3);
	});
});
