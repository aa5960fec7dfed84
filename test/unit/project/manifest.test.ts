import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Commands } from '../../../server/src/shared/commands';
import { semanticTokensLegend } from '../../../server/src/shared/semanticTokens';
import { defaultKnowledgeBaseGlob } from '../../../server/src/shared/settings';

const manifest = JSON.parse(readFileSync(new URL('../../../package.json', `file://${__filename}`), 'utf8'));

suite('package.json manifest', () => {
	test('the semantic token legend matches the declared token types and modifiers', () => {
		assert.deepEqual(
			manifest.contributes.semanticTokenTypes.map((t: { id: string }) => t.id).sort(),
			[...semanticTokensLegend.tokenTypes].sort(),
		);
		assert.deepEqual(
			manifest.contributes.semanticTokenModifiers.map((t: { id: string }) => t.id).sort(),
			[...semanticTokensLegend.tokenModifiers].sort(),
		);
		for (const t of manifest.contributes.semanticTokenTypes) assert.ok(t.superType, `${t.id} has a superType`);
		const scopes = manifest.contributes.semanticTokenScopes[0].scopes;
		for (const t of semanticTokensLegend.tokenTypes) assert.ok(scopes[t]?.length, `${t} has TextMate scope fallbacks`);
	});

	test('every command is declared with the Attache category, and every declared command exists', () => {
		const declared = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
		assert.deepEqual(declared, Object.values(Commands).sort());
		for (const c of manifest.contributes.commands) assert.equal(c.category, 'Attache');
	});

	test('activated where it applies: an article, or a workspace with articles or a knowledge base; never by every YAML file', () => {
		const events: string[] = manifest.activationEvents;
		assert.deepEqual(
			events.slice().sort(),
			[
				'onLanguage:annotated-news',
				'workspaceContains:**/*.news',
				`workspaceContains:${defaultKnowledgeBaseGlob}`,
			].sort(),
		);
		assert.equal(
			manifest.contributes.configuration.properties['attache.knowledgeBase.glob'].default,
			defaultKnowledgeBaseGlob,
			'the setting’s default is the glob of the activation event',
		);
		for (const costly of ['*', 'onStartupFinished', 'onLanguage:yaml']) assert.ok(!events.includes(costly), costly);
	});

	test('language, grammar and engine', () => {
		assert.deepEqual(manifest.contributes.languages[0].extensions, ['.news']);
		assert.equal(manifest.contributes.languages[0].id, 'annotated-news');
		assert.equal(manifest.contributes.languages[0].aliases[0], 'Annotated News');
		assert.equal(manifest.engines.vscode, '^1.100.0');
		assert.equal(manifest.devDependencies['@types/vscode'], '1.100.0');
		for (const key of Object.keys(manifest.contributes.configuration.properties)) assert.match(key, /^attache\./);
	});
});
