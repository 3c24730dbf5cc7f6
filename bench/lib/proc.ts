/** Process facts a worker reports about itself: peak RSS from the kernel (exact, no sampling gaps) and CPU time. */
import {readFileSync} from 'node:fs';

/** The kernel's high-water mark of this process's resident set (VmHWM), in bytes; falls back to the current RSS. */
export function peakRssBytes(): number {
	try {
		const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
		if (match) return Number(match[1]) * 1024;
	} catch {
		// Not Linux: the current RSS is the best available.
	}
	return process.memoryUsage().rss;
}

export function cpuSeconds(since?: NodeJS.CpuUsage): number {
	const usage = process.cpuUsage(since);
	return (usage.user + usage.system) / 1e6;
}

export const MiB = 2 ** 20;
