import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { defaultSettings, normalizeSettings } from '../../../server/src/shared/settings';

const manifest = JSON.parse(readFileSync(new URL('../../../package.json', `file://${__filename}`), 'utf8'));
const properties = manifest.contributes.configuration.properties as Record<
	string,
	{ default: unknown; markdownDescription?: string; description?: string }
>;

/** The value at a dotted path of the settings object: `inlayHints.dateValues`. */
function at(object: unknown, path: string): unknown {
	return path.split('.').reduce<unknown>((o, key) => (o as Record<string, unknown> | undefined)?.[key], object);
}

suite('settings', () => {
	test('an empty or malformed section gives the defaults', () => {
		assert.deepEqual(normalizeSettings(undefined), defaultSettings);
		assert.deepEqual(normalizeSettings({}), defaultSettings);
		assert.deepEqual(
			normalizeSettings({
				knowledgeBase: { glob: 42 },
				inlayHints: 'off',
				codeLens: null,
				customTypes: 'event',
				suggestions: { enabled: 'no' },
			}),
			defaultSettings,
		);
		assert.equal(normalizeSettings({ knowledgeBase: { glob: '   ' } }).knowledgeBase.glob, '**/entities.{yaml,yml}');
	});

	test('the editor settings are read as VS Code nests dotted keys', () => {
		const s = normalizeSettings({
			knowledgeBase: { glob: ' kb/**/*.yaml ' },
			inlayHints: { dateValues: false },
			codeLens: { enabled: false },
		});
		assert.deepEqual(
			[s.knowledgeBase, s.inlayHints, s.codeLens],
			[{ glob: 'kb/**/*.yaml' }, { dateValues: false }, { enabled: false }],
		);
	});

	test('the size limits are positive numbers of MB; anything else is the default', () => {
		assert.deepEqual(normalizeSettings({ limits: { maxFileSize: 20, suggestionsMaxFileSize: 0.5 } }).limits, {
			maxFileSize: 20,
			suggestionsMaxFileSize: 0.5,
		});
		assert.deepEqual(
			normalizeSettings({ limits: { maxFileSize: 0, suggestionsMaxFileSize: '3' } }).limits,
			defaultSettings.limits,
		);
		assert.deepEqual(
			normalizeSettings({ limits: { maxFileSize: -1, suggestionsMaxFileSize: Number.NaN } }).limits,
			defaultSettings.limits,
		);
		assert.deepEqual(normalizeSettings({ limits: 'big' }).limits, defaultSettings.limits);
	});

	test('every setting the server reads is declared in package.json with the same default, and documented', () => {
		const read = [
			'customTypes',
			'knowledgeBase.glob',
			'suggestions.enabled',
			'suggestions.showAsDiagnostics',
			'suggestions.sources',
			'inlayHints.dateValues',
			'codeLens.enabled',
			'limits.maxFileSize',
			'limits.suggestionsMaxFileSize',
		];
		for (const key of read) {
			const declared = properties[`attache.${key}`];
			assert.ok(declared, `attache.${key} is declared`);
			assert.deepEqual(declared.default, at(defaultSettings, key), `attache.${key} has the server's default`);
		}
		for (const [key, p] of Object.entries(properties)) {
			assert.ok((p.markdownDescription ?? p.description ?? '').length > 20, `${key} is described for the Settings UI`);
		}
	});
});
