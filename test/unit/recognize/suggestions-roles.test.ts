import * as assert from 'node:assert/strict';
import { tokenModifiers, tokenTypes } from '../../../server/src/shared/semanticTokens';
import { applied, marked } from '../../helpers/commands';
import { doc, none, service, settings } from '../../helpers/service';

const H = '---\ndate: 2025-01-22\n---\n';

function suggestions(text: string) {
	return service(settings({ suggestions: true })).getSuggestions(doc(text), none);
}

/** The suggested text with its type, as the source shows it. */
function shown(text: string): [string, string][] {
	return suggestions(text).map((s) => [text.slice(s.range.start, s.range.end), s.type]);
}

suite('suggestions: titles before names are roles', () => {
	test('a nationality before the title, a country after it, a title alone', () => {
		assert.deepEqual(
			shown(H + 'Russian Foreign Minister Sergey Lavrov met President of Kyrgyzstan Sadyr Zhaparov.\n'),
			[
				['Russian Foreign Minister', 'role'],
				['Sergey Lavrov', 'person'],
				['President of Kyrgyzstan', 'role'],
				['Sadyr Zhaparov', 'person'],
			],
		);
		assert.deepEqual(shown(H + 'Foreign Minister of Norland Ada Berg arrived.\n'), [
			['Foreign Minister of Norland', 'role'],
			['Ada Berg', 'person'],
		]);
	});

	test('the batch recognizer (the CLI) leaves a place inside a title to the role, as the editor does', () => {
		const found = service(settings({ suggestions: true })).recognizeText(
			'Foreign Secretary Boris Johnson joined US Secretary of State John Kerry.',
			{},
			none,
		);
		assert.deepEqual(
			found.map((e) => [e.text, e.type]),
			[
				['Foreign Secretary', 'role'],
				['Boris Johnson', 'person'],
				['US Secretary of State', 'role'],
				['John Kerry', 'person'],
			],
		);
	});

	test('an honorific is no role; a role is as sure as its person and comes from the title pattern', () => {
		assert.deepEqual(shown(H + 'Mr. Tomas Brenner arrived.\n'), [['Tomas Brenner', 'person']]);
		const [role, person] = suggestions(H + 'Foreign Minister Tomas Brenner arrived.\n');
		assert.equal(role?.type, 'role');
		assert.equal(role?.source, 'pattern');
		assert.equal(role?.confidence, person?.confidence);
	});

	test('a person the knowledge base names keeps the title before it', () => {
		const s = service(settings({ suggestions: true }));
		s.setWorkspaceFile('file:///ws/entities.yaml', 'tomas-brenner:\n  type: person\n  name: Tomas Brenner\n');
		const found = s.getSuggestions(doc(H + 'Foreign Minister Tomas Brenner arrived.\n'), none);
		assert.deepEqual(
			found.map((x) => [x.text, x.type, x.source]),
			[
				['Foreign Minister', 'role', 'pattern'],
				['Tomas Brenner', 'person', 'knowledge-base'],
			],
		);
	});

	test('the patterns source switched off: no roles', () => {
		const on = settings({ suggestions: true });
		const off = service({
			...on,
			suggestions: { ...on.suggestions, sources: { ...on.suggestions.sources, patterns: false } },
		});
		const found = off.getSuggestions(doc(H + 'Foreign Minister Tomas Brenner arrived.\n'), none);
		assert.ok(!found.some((s) => s.type === 'role'), JSON.stringify(found.map((s) => s.type)));
	});

	test('an annotated person keeps its title suggested; an annotated title is not suggested again', () => {
		assert.deepEqual(shown(H + 'Foreign Minister [Tomas Brenner]{.person} arrived.\n'), [['Foreign Minister', 'role']]);
		assert.deepEqual(shown(H + '[Foreign Minister]{.role} Tomas Brenner arrived.\n'), [['Tomas Brenner', 'person']]);
	});

	test('offsets with CRLF, Cyrillic and emoji before the title', () => {
		const text = '---\r\ndate: 2025-01-22\r\n---\r\n😀 Встреча 🇷🇺.\r\nForeign Minister Tomas Brenner flew in 🤝.\r\n';
		assert.deepEqual(shown(text), [
			['Foreign Minister', 'role'],
			['Tomas Brenner', 'person'],
		]);
	});

	test('Accept Suggestion writes {.role}; hover says "Suggested role"; the token is a suggested role', () => {
		const s = service(settings({ suggestions: true }));
		const text = H + 'Foreign Minister Tomas Brenner flew in.\n';
		const { document, target } = marked(doc, text.replace('Foreign', 'For|eign'));
		assert.equal(
			applied(document, s.commands.acceptSuggestion(document, target, none)),
			text.replace('Foreign Minister', '[Foreign Minister]{.role}|'),
		);
		const d = doc(text);
		const hover = (s.getHover(d, d.positionAt(text.indexOf('Minister')), none)!.contents as { value: string }).value;
		assert.match(hover, /^\*\*Suggested role\*\* · \d+% likely · Foreign Minister\n/);
		const data = s.getSemanticTokens(d, none).data;
		const line = text.split('\n')[3]!;
		const tokens: [string, string, string[]][] = [];
		let char = 0;
		for (let i = 0; i < data.length; i += 5) {
			char = data[i] === 0 ? char + data[i + 1]! : data[i + 1]!;
			tokens.push([
				line.slice(char, char + data[i + 2]!),
				tokenTypes[data[i + 3]!]!,
				tokenModifiers.filter((_, b) => data[i + 4]! & (1 << b)),
			]);
		}
		assert.deepEqual(tokens.slice(-2), [
			['Foreign Minister', 'role', ['suggested']],
			['Tomas Brenner', 'person', ['suggested']],
		]);
	});

	test('the outline lists the person, not the role', () => {
		const s = service(settings({ suggestions: true }));
		const symbols = s.getDocumentSymbols(doc(H + 'Foreign Minister Tomas Brenner flew in.\n'), none);
		const names = JSON.stringify(symbols);
		assert.ok(names.includes('Tomas Brenner'));
		assert.ok(!names.includes('Foreign Minister'), names);
	});
});
