/**
 * The request log: one entry per HTTP request (Graph and identity), with the inner requests of a $batch, so tests can
 * assert e.g. "the dry-run made zero writes". Holds no bodies, headers or tokens — only method, path, query, status.
 * An optional JSONL sink appends each entry as a line.
 */
import {createWriteStream, type WriteStream} from 'node:fs';

export interface LogEntry {
	readonly kind: 'graph' | 'identity' | 'download';
	readonly method: string;
	/** The path as requested, without the query string. */
	readonly path: string;
	/** The raw query string without '?' ('' when none). */
	readonly query: string;
	readonly status: number;
	/** RFC 3339 time from the simulator's clock. */
	readonly at: string;
	/** The $batch item id (inner entries only). */
	readonly id?: string;
	readonly inner?: readonly LogEntry[];
	/** An injected fault or a throttling decision behind the status. */
	readonly fault?: string;
	readonly throttled?: boolean;
	readonly requestId?: string;
}

export class RequestLog {
	readonly entries: LogEntry[] = [];
	private sink?: WriteStream;

	constructor(file?: string) {
		if (file) this.sink = createWriteStream(file, {flags: 'a', mode: 0o600});
	}

	add(entry: LogEntry): void {
		this.entries.push(entry);
		this.sink?.write(`${JSON.stringify(entry)}\n`);
	}

	clear(): void {
		this.entries.length = 0;
	}

	/** Graph requests that are not GET, counting inner $batch requests; the $batch envelope itself is not a write. */
	writes(): number {
		return this.writeEntries().length;
	}

	writeEntries(): LogEntry[] {
		const result: LogEntry[] = [];
		for (const entry of this.entries) {
			if (entry.kind !== 'graph') continue;
			if (entry.inner || /\/\$batch$/i.test(entry.path)) {
				for (const inner of entry.inner ?? []) if (inner.method !== 'GET') result.push(inner);
			} else if (entry.method !== 'GET') {
				result.push(entry);
			}
		}
		return result;
	}

	/** Graph requests, inner $batch requests flattened in place of their envelope. */
	graphRequests(): LogEntry[] {
		const result: LogEntry[] = [];
		for (const entry of this.entries) {
			if (entry.kind !== 'graph') continue;
			if (entry.inner) result.push(...entry.inner);
			else result.push(entry);
		}
		return result;
	}

	async close(): Promise<void> {
		const sink = this.sink;
		this.sink = undefined;
		if (sink) await new Promise<void>(resolve => sink.end(resolve));
	}
}
