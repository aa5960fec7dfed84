import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver-types';
import { editsOf, marked } from '../../helpers/commands';
import { doc, none, service, settings } from '../../helpers/service';

const H = '---\ndate: 2025-01-22\n---\n';
const KB = 'file:///test/entities.yaml';

function actionsAt(text: string, options: { suggestions?: boolean; kb?: string } = {}) {
	const s = service(settings({ suggestions: options.suggestions ?? false }));
	if (options.kb) s.setWorkspaceFile(KB, options.kb);
	const { document, target } = marked(doc, text);
	const actions = s.getCodeActions(document, { start: target.position, end: target.position }, none);
	const apply = (title: string): string => {
		const action = actions.find((a) => a.title === title);
		assert.ok(action, `no action "${title}" among ${JSON.stringify(actions.map((a) => a.title))}`);
		return TextDocument.applyEdits(document, editsOf(action.edit!, document.uri));
	};
	return { document, actions, apply };
}

const summary = (actions: CodeAction[]): string[][] => actions.map((a) => [a.title, a.kind ?? '']);

suite('code actions of the editing commands', () => {
	test('on an annotation: link to the known entity and set the date value (quick fixes), remove and retype (refactorings)', () => {
		const kb = 'ada-lindqvist:\n  type: person\n  name: Ada Lindqvist\n  aliases: [Lindqvist]\n';
		const { actions, apply } = actionsAt(H + 'Then [Lind|qvist]{.person} spoke.\n', { kb });
		assert.deepEqual(summary(actions), [
			['Link "Lindqvist" to Ada Lindqvist (ada-lindqvist)', 'quickfix'],
			['Remove the annotation of "Lindqvist" (keep the text)', 'refactor.rewrite'],
			['Change the type to .org', 'refactor.rewrite'],
			['Change the type to .place', 'refactor.rewrite'],
			['Change the type to .date', 'refactor.rewrite'],
			['Change the type to .role', 'refactor.rewrite'],
		]);
		assert.equal(
			apply('Link "Lindqvist" to Ada Lindqvist (ada-lindqvist)'),
			H + 'Then [Lindqvist]{.person ref=ada-lindqvist} spoke.\n',
		);
		assert.equal(apply('Remove the annotation of "Lindqvist" (keep the text)'), H + 'Then Lindqvist spoke.\n');
		assert.equal(apply('Change the type to .org'), H + 'Then [Lindqvist]{.org} spoke.\n');
		const date = actionsAt(H + 'On [May| 9]{.date} they met.\n');
		assert.equal(date.apply('Set the date value to 2025-05-09'), H + 'On [May 9]{.date value=2025-05-09} they met.\n');
	});

	test('an annotation the knowledge base does not know offers Add to Knowledge Base (a command at the cursor)', () => {
		const { document, actions } = actionsAt(H + 'Then [Lind|qvist]{.person} spoke.\n');
		const add = actions.find((a) => a.title === 'Add "Lindqvist" to the knowledge base...')!;
		assert.deepEqual(add.command, {
			title: add.title,
			command: 'attache.addToKnowledgeBase',
			arguments: [{ uri: document.uri, position: { line: 3, character: 10 } }],
		});
	});

	test('on a suggestion: other types, all suggestions, the workspace, ignore', () => {
		const { actions, apply } = actionsAt(H + 'Talks in Mos|cow on May 9.\n', { suggestions: true });
		assert.deepEqual(summary(actions), [
			['Annotate "Moscow" as place', 'quickfix'],
			['Annotate "Moscow" as person', 'refactor.rewrite'],
			['Annotate "Moscow" as organization', 'refactor.rewrite'],
			['Annotate "Moscow" as role', 'refactor.rewrite'],
			['Annotate all 2 suggestions in this article...', 'quickfix'],
			['Annotate "Moscow" wherever it is suggested in the workspace', 'refactor.rewrite'],
			['Ignore "Moscow": never suggest it again', 'quickfix'],
		]);
		assert.equal(apply('Annotate "Moscow" as organization'), H + 'Talks in [Moscow]{.org} on May 9.\n');
		const all = actions.find((a) => a.title === 'Annotate all 2 suggestions in this article...')!;
		assert.equal(all.edit, undefined);
		assert.equal(all.command!.command, 'attache.acceptAllSuggestions');
		assert.equal(actions.find((a) => a.title.startsWith('Ignore'))!.command!.command, 'attache.ignoreSuggestion');
	});
});
