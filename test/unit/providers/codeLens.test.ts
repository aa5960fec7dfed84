import * as assert from 'node:assert/strict';
import type { CodeLens } from 'vscode-languageserver-types';
import { Commands } from '../../../server/src/shared/commands';
import type { AttacheSettings } from '../../../server/src/shared/settings';
import { doc, none, service, settings } from '../../helpers/service';

const H = '---\ndate: 2025-01-22\n---\n';
const ARTICLE =
	H +
	'[Foreign Minister]{.role} [Sergey Lavrov]{.person ref=sergey-lavrov} met [Jeenbek Kulubayev]{.person} in [Bishkek]{.place}.\n' +
	'[Lavrov]{.person ref=sergey-lavrov} and [Kulubayev]{.person} spoke of the [[Eurasian]{.place} Economic Union]{.org} on [May 9]{.date value=2025-05-09}\n' +
	'and [9 May]{.date value=2025-05-09}, [Kyrgyzstan]{.place} and [kyrgyzstan]{.place}, the [Vienna Summit]{.event} and [X]{.unknown}.\n';

let uri = '';
function lenses(text: string, s: AttacheSettings = settings({ customTypes: [{ name: 'event' }] })): CodeLens[] {
	const d = doc(text);
	uri = d.uri;
	return service(s).getCodeLenses(d, none);
}

const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

suite('code lens: the counts above the article', () => {
	test('distinct entities per type (same ref, same date value, same text count once), custom types too; roles and unknown types not', () => {
		const list = lenses(ARTICLE);
		assert.deepEqual(list, [
			{
				range: top,
				command: { title: '3 people · 1 organization · 3 places · 1 date · 1 event', command: 'outline.focus' },
			},
			{ range: top, command: { title: 'no suggestions left', command: '' } },
		]);
	});

	test('the unaccepted suggestions, with a command that goes to the next one', () => {
		const text =
			H + 'Foreign Minister Tomas Brenner flew to Moscow on May 9, where [Brenner]{.person} met the press.\n';
		const list = lenses(text, settings({ suggestions: true }));
		assert.deepEqual(list[0]!.command, {
			title: '1 person · 0 organizations · 0 places · 0 dates',
			command: 'outline.focus',
		});
		// the role Foreign Minister, Tomas Brenner, Moscow, May 9.
		assert.deepEqual(list[1], {
			range: top,
			command: { title: '4 suggestions', command: Commands.nextSuggestion, arguments: [{ uri }] },
		});
	});

	test('an empty article, CRLF and non-ASCII text', () => {
		assert.deepEqual(lenses('')[0]!.command!.title, '0 people · 0 organizations · 0 places · 0 dates');
		const text =
			'---\r\ndate: 2025-01-22\r\n---\r\n[Сергей Лавров]{.person} 🇷🇺 [Лавров]{.person}\r\n[Москва]{.place} [Москва]{.place}\r\n';
		assert.deepEqual(lenses(text)[0], {
			range: top,
			command: { title: '2 people · 0 organizations · 1 place · 0 dates', command: 'outline.focus' },
		});
	});

	test('the setting `attache.codeLens.enabled` turns them off; a cancelled request gets nothing', () => {
		assert.deepEqual(lenses(ARTICLE, { ...settings(), codeLens: { enabled: false } }), []);
		assert.deepEqual(service().getCodeLenses(doc(ARTICLE), { isCancellationRequested: true }), []);
	});
});
