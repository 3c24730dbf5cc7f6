import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {clip, layoutLines, padTo, wrapText} from '../../src/ui/text.js';

describe('wrapText', () => {
	it('wraps words to the width and hangs continuation rows under a bullet', () => {
		expect(wrapText('• one two three four', 10, {hang: 2})).toEqual(['• one two', '  three', '  four']);
	});

	it('counts Korean syllables as two columns and never exceeds the width', () => {
		const rows = wrapText('이 테넌트는 아직 파트너 MFA 요구 사항을 충족하지 않습니다.', 20);
		for (const row of rows) expect(stringWidth(row)).toBeLessThanOrEqual(20);
		expect(rows.join(' ')).toBe('이 테넌트는 아직 파트너 MFA 요구 사항을 충족하지 않습니다.');
	});

	it('breaks a word longer than a row after @ or a dot, filling the current row first', () => {
		const rows = wrapText('• svc-azure-automation@contosopartner.onmicrosoft.com — ROPC', 30, {hang: 2});
		expect(rows[0]).toBe('• svc-azure-automation@');
		for (const row of rows) expect(stringWidth(row)).toBeLessThanOrEqual(30);
		expect(rows.join('').replaceAll(' ', '')).toContain('svc-azure-automation@contosopartner.onmicrosoft.com');
	});

	it('keeps blank lines and explicit line breaks', () => {
		expect(layoutLines([{text: 'a\nb'}, {text: ''}], 10).map(r => r.text)).toEqual(['a', 'b', '']);
	});

	it('starts a new row at an explicit line break, each paragraph wrapped on its own', () => {
		expect(wrapText('one two three\nfour', 8)).toEqual(['one two', 'three', 'four']);
	});

	it('truncates and pads by display width', () => {
		expect(clip('최유진최유진', 7)).toBe('최유진…');
		expect(stringWidth(padTo('최유진', 10))).toBe(10);
	});
});
