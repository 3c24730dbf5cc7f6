import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {UiProvider} from '../../src/ui/context.js';
import {makeTheme} from '../../src/ui/theme.js';
import {ConfirmDomain} from '../../src/ui/widgets/ConfirmDomain.js';
import {VirtualList, windowStart} from '../../src/ui/widgets/VirtualList.js';
import {driver, keys} from '../helpers/ink.js';
import {en} from '../helpers/translator.js';

let instances: ReturnType<typeof render>[] = [];
afterEach(() => {
	for (const instance of instances) instance.unmount();
	instances = [];
});

function mount(node: React.ReactNode) {
	const instance = render(<UiProvider value={{t: en, theme: makeTheme(false)}}>{node}</UiProvider>);
	instances.push(instance);
	return {instance, d: driver(instance)};
}

const rows = Array.from({length: 10_000}, (_, i) => `user${String(i).padStart(5, '0')}@contoso.example`);

describe('VirtualList', () => {
	it('keeps the cursor in view, moving the window as little as possible', () => {
		expect(windowStart(0, 0, 10, 100)).toBe(0);
		expect(windowStart(9, 0, 10, 100)).toBe(0);
		expect(windowStart(10, 0, 10, 100)).toBe(1);
		expect(windowStart(3, 5, 10, 100)).toBe(3);
		expect(windowStart(99, 95, 10, 100)).toBe(90);
		expect(windowStart(4, 0, 10, 5)).toBe(0);
	});

	it('renders only the rows in view of ten thousand, and pages through them', async () => {
		const onSelect = vi.fn();
		const {d} = mount(
			<VirtualList
				items={rows}
				height={5}
				isFocused
				onSelect={onSelect}
				renderItem={(item, isSelected) => <Text>{`${isSelected ? '❯' : ' '} ${item}`}</Text>}
			/>,
		);
		await d.waitFor('❯ user00000@contoso.example');
		expect(d.screen().split('\n')).toHaveLength(6);
		expect(d.screen()).toContain('1 of 10,000');
		await d.press('\u001B[6~'); // PgDn
		await d.waitFor('❯ user00005@contoso.example');
		await d.press(keys.down);
		await d.waitFor('❯ user00006@contoso.example');
		expect(d.screen()).not.toContain('user00001');
		await d.press('\u001B[F'); // End
		await d.waitFor('❯ user09999@contoso.example');
		await d.waitFor('10,000 of 10,000');
		await d.press(keys.enter);
		expect(onSelect).toHaveBeenCalledWith('user09999@contoso.example', 9999);
		await d.press('\u001B[H'); // Home
		await d.waitFor('❯ user00000@contoso.example');
	});

	it('ignores keys when not focused, and says when it is empty', async () => {
		const {d} = mount(
			<VirtualList items={rows} height={3} isFocused={false} renderItem={item => <Text>{item}</Text>} />,
		);
		await d.waitFor('user00000');
		await d.press(keys.down);
		await d.waitFor('1 of 10,000');
		const empty = mount(
			<VirtualList items={[]} height={3} isFocused emptyText="No legacy sign-ins." renderItem={() => null} />,
		);
		await empty.d.waitFor('No legacy sign-ins.');
	});
});

describe('ConfirmDomain', () => {
	it('confirms only when the tenant domain is typed exactly (case-insensitive)', async () => {
		const onConfirm = vi.fn();
		const onCancel = vi.fn();
		const {d} = mount(
			<ConfirmDomain
				consequence="Turning on 2 policies: every user must complete MFA at the next sign-in."
				domain="contosopartner.onmicrosoft.com"
				onConfirm={onConfirm}
				onCancel={onCancel}
			/>,
		);
		await d.waitForText("type the tenant's domain (contosopartner.onmicrosoft.com)");
		await d.type('contoso.com');
		await d.press(keys.enter);
		await d.waitForText('That is not contosopartner.onmicrosoft.com; nothing was sent.');
		expect(onConfirm).not.toHaveBeenCalled();
		for (let i = 0; i < 'contoso.com'.length; i++) await d.press('\u007F');
		await d.type('ContosoPartner.onmicrosoft.com');
		await d.press(keys.enter);
		await vi.waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(1));
		expect(onCancel).not.toHaveBeenCalled();
	});

	it('an empty line cancels', async () => {
		const onCancel = vi.fn();
		const {d} = mount(<ConfirmDomain consequence="x" domain="a.example" onConfirm={vi.fn()} onCancel={onCancel} />);
		await d.waitForText('An empty line cancels');
		await d.press(keys.enter);
		await vi.waitFor(() => expect(onCancel).toHaveBeenCalledTimes(1));
	});
});
