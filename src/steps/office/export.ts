/**
 * The Office 2013 modern-authentication .reg file, written into the working directory when the admin asks (`w` in
 * the Office step). regedit's "Version 5.00" files are UTF-16LE with a byte-order mark and CRLF line ends.
 */
import fs from 'node:fs';
import {office2013RegFile} from '../../knowledge/office.js';
import {freshPath} from '../files.js';

export const REG_FILE_BASE = 'mfa-onboard-office2013-modern-auth';

/** The file's bytes: BOM, then the text as UTF-16LE. */
export function office2013RegBytes(): Buffer {
	return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(office2013RegFile(), 'utf16le')]);
}

/** Writes the .reg file into `workDir` (never over an earlier one) and returns its path. */
export function writeOffice2013RegFile(workDir: string): string {
	const file = freshPath(workDir, REG_FILE_BASE, '.reg');
	fs.writeFileSync(file, office2013RegBytes(), {flag: 'wx'});
	return file;
}
