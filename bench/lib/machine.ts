/** What the figures were measured on: they only mean something beside the machine, the Node versions and the load. */
import {execFileSync} from 'node:child_process';
import os from 'node:os';

export interface MachineInfo {
	readonly date: string;
	readonly cpu: string;
	readonly cores: number;
	readonly memoryGiB: number;
	readonly os: string;
	readonly node: Readonly<Record<string, string>>;
	/** 1, 5 and 15-minute load averages when the run started. */
	readonly loadAtStart: readonly number[];
	loadAtEnd?: readonly number[];
}

export function nodeVersion(binary: string): string {
	return execFileSync(binary, ['--version'], {encoding: 'utf8'}).trim();
}

export function machineInfo(nodes: Readonly<Record<string, string>>): MachineInfo {
	const cpus = os.cpus();
	return {
		date: new Date().toISOString(),
		cpu: cpus[0]?.model.trim() ?? 'unknown',
		cores: cpus.length,
		memoryGiB: Math.round(os.totalmem() / 2 ** 30),
		os: `${os.type()} ${os.release()} ${os.arch()}`,
		node: Object.fromEntries(Object.entries(nodes).map(([label, binary]) => [label, nodeVersion(binary)])),
		loadAtStart: os.loadavg().map(l => Math.round(l * 100) / 100),
	};
}

export function loadAverage(): number[] {
	return os.loadavg().map(l => Math.round(l * 100) / 100);
}
