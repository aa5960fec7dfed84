import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
/** The TimeML schema of the team's shared folder beside the repository, read at run time (it is not the project's). */
export const timemlSchema = path.resolve(root, '../shared/schemas/timeml.xsd');

/** Skips the calling test, with one plain line, where the TimeML schema is not beside the repository. */
export function skipWithoutTimemlSchema(context: Mocha.Context): void {
	if (existsSync(timemlSchema)) return;
	console.log(`      (skipped: ${timemlSchema} is absent, so the TimeML export is not validated against it)`);
	context.skip();
}

/** Validates TimeML text against the schema with xmllint; fails clearly when xmllint is not installed. */
export function validateTimeml(text: string): { valid: boolean; output: string } {
	const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
	if (probe.error)
		throw new Error(
			"xmllint is not installed: install Debian's libxml2-utils (apt-get install libxml2-utils), which CI installs, to validate the TimeML export",
		);
	if (!existsSync(timemlSchema)) throw new Error(`the TimeML schema is missing at ${timemlSchema}`);
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'attache-tml-')), 'article.tml');
	writeFileSync(file, text);
	const r = spawnSync('xmllint', ['--noout', '--schema', timemlSchema, file], { encoding: 'utf8' });
	return { valid: r.status === 0, output: `${r.stdout}${r.stderr}` };
}
