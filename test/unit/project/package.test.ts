import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Commands } from '../../../server/src/shared/commands';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** The files `npm run package` puts into the .vsix, as vsce lists them (with the flags of scripts/package.mjs). */
function packagedFiles(): string[] {
	const vsce = path.join(root, 'node_modules/@vscode/vsce/vsce');
	const r = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
	assert.equal(r.status, 0, `vsce ls failed: ${r.stdout}${r.stderr}`);
	return r.stdout
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
}

/** The targets of a Markdown file's relative links and images (no URLs, no in-page anchors), from `from`'s folder. */
function relativeLinks(file: string): string[] {
	const text = readFileSync(path.join(root, file), 'utf8').replace(/```[\s\S]*?```/g, '');
	return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
		.map((m) => m[1]!.split('#')[0]!)
		.filter((target) => target && !/^[a-z]+:/.test(target))
		.map((target) => path.posix.normalize(path.posix.join(path.posix.dirname(file), target)));
}

suite('The package (.vsix) and its documents', function () {
	this.timeout(30_000);
	let files: string[];
	suiteSetup(() => {
		// A fresh clone has no bundles yet (`npm test` builds before this stage; `npx mocha` alone does not).
		if (!existsSync(path.join(root, 'dist/client.js')))
			assert.equal(spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root }).status, 0, 'the build');
		files = packagedFiles();
	});

	test('holds the bundles, the grammar, the README, the user guide, the format and the walkthrough media', () => {
		for (const f of [
			'dist/client.js',
			'dist/server.js',
			'dist/cli.js',
			'dist/webviews/network.js',
			'dist/webviews/timeline.js',
			'dist/webviews/timeline.css',
			'dist/webviews/preview.js',
			'dist/browser/extension.js',
			'dist/browser/server.js',
			'syntaxes/annotated-news.tmLanguage.json',
			'README.md',
			'docs/format.md',
			'docs/user-guide.md',
			'LICENSE',
		]) {
			assert.ok(files.includes(f), `${f} is packaged`);
		}
		assert.ok(
			!files.some((f) => /^(server|client)\/src\/|^test\/|^node_modules\//.test(f)),
			'no sources, tests or node_modules',
		);
	});

	test('every relative link of the README and the docs points inside the project, at a file that is packaged', () => {
		for (const doc of [
			'README.md',
			'docs/format.md',
			'docs/user-guide.md',
			...files.filter((f) => f.startsWith('media/') && f.endsWith('.md')),
		]) {
			for (const target of relativeLinks(doc)) {
				assert.ok(!target.startsWith('../'), `${doc} links outside the project: ${target}`);
				assert.ok(existsSync(path.join(root, target)), `${doc} links to ${target}, which does not exist`);
				assert.ok(files.includes(target), `${doc} links to ${target}, which is not packaged`);
			}
		}
	});

	test('the repository field is absent: there is no public repository to name', () => {
		assert.equal(manifest.repository, undefined);
	});
});

suite('The walkthrough in package.json', () => {
	const walkthroughs: {
		id: string;
		title: string;
		steps: {
			id: string;
			title: string;
			description: string;
			media: { markdown?: string };
			completionEvents?: string[];
		}[];
	}[] = manifest.contributes.walkthroughs;

	test('every step has its media file, and names only commands that exist', () => {
		const commands = new Set<string>(Object.values(Commands));
		for (const step of walkthroughs.flatMap((w) => w.steps)) {
			assert.ok(
				step.media.markdown && existsSync(path.join(root, step.media.markdown)),
				`${step.id}: ${step.media.markdown} exists`,
			);
			for (const m of step.description.matchAll(/\(command:([\w.]+)\)/g))
				assert.ok(commands.has(m[1]!), `${step.id} links to ${m[1]}`);
			for (const e of step.completionEvents ?? [])
				if (e.startsWith('onCommand:'))
					assert.ok(commands.has(e.slice('onCommand:'.length)), `${step.id} completes on ${e}`);
		}
	});

	test('teaches the keys that the keybindings declare', () => {
		const text =
			JSON.stringify(walkthroughs) +
			walkthroughs
				.flatMap((w) => w.steps)
				.map((s) => readFileSync(path.join(root, s.media.markdown!), 'utf8'))
				.join('\n');
		const keyOf = (command: string) =>
			manifest.contributes.keybindings.find((k: { command: string }) => k.command === command).key as string;
		assert.equal(keyOf('attache.annotateAsPerson'), 'ctrl+alt+a p');
		for (const [command, letter] of [
			['attache.annotateAsPerson', 'P'],
			['attache.annotateAsOrganization', 'O'],
			['attache.annotateAsPlace', 'L'],
			['attache.annotateAsDate', 'D'],
			['attache.annotateAsRole', 'R'],
		] as const) {
			assert.equal(keyOf(command), `ctrl+alt+a ${letter.toLowerCase()}`);
			assert.match(text, new RegExp(`\\| \`${letter}\` \\|`), `${command}: the key ${letter} is taught`);
		}
		assert.equal(keyOf('attache.nextSuggestion'), 'ctrl+f8');
		assert.equal(keyOf('attache.previousSuggestion'), 'ctrl+shift+f8');
		assert.equal(keyOf('attache.acceptSuggestion'), 'ctrl+alt+a enter');
		for (const words of [
			'Ctrl+Alt+A',
			'Ctrl+F8',
			'Ctrl+Shift+F8',
			'Accept Suggestion',
			'Open as Annotated News',
			'Convert Plain Article',
		])
			assert.ok(text.includes(words), words);
	});
});
