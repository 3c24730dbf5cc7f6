/** Every key binding of the wizard, in one place (CONVENTIONS.md). */
import type {Key} from 'ink';

export type Binding = 'up' | 'down' | 'open' | 'back' | 'skip' | 'revisit' | 'help' | 'quit' | 'pageUp' | 'pageDown';

export function binding(input: string, key: Key): Binding | undefined {
	if (key.upArrow || input === 'k') return 'up';
	if (key.downArrow || input === 'j') return 'down';
	if (key.pageUp) return 'pageUp';
	if (key.pageDown) return 'pageDown';
	if (key.return) return 'open';
	if (key.escape) return 'back';
	if (input === 's') return 'skip';
	if (input === 'r') return 'revisit';
	if (input === '?') return 'help';
	if (input === 'q') return 'quit';
	return undefined;
}
