import * as assert from 'assert';
import * as vscode from 'vscode';
import { eventually, fileUri, openNews, positionOf, workspaceUri } from './util';

/** The workspace-relative path of a URI, for readable assertions. */
const relative = (uri: vscode.Uri): string => uri.path.slice(workspaceUri().path.length + 1);
const rangeOf = (document: vscode.TextDocument, needle: string, nth = 0): vscode.Range => {
	const start = positionOf(document, needle, nth);
	return new vscode.Range(start, start.translate(0, needle.length));
};
const where = (l: vscode.Location): [string, number, number, number] => [
	relative(l.uri),
	l.range.start.line,
	l.range.start.character,
	l.range.end.character,
];

interface SnapshotNode {
	readonly label: string;
	readonly description?: string;
	readonly command?: vscode.Command;
	readonly children?: SnapshotNode[];
}
interface Snapshot {
	readonly message?: string;
	readonly description?: string;
	readonly tree: SnapshotNode[];
}
/** The Entities view as data (the internal command attache.entities.snapshot), commands left out. */
const plain = (nodes: readonly SnapshotNode[]): unknown[] =>
	nodes.map((n) => [n.label, n.description, ...(n.children ? [plain(n.children)] : [])]);

suite('The corpus in a real VS Code: references, definition, rename, workspace symbols, the Entities view', () => {
	let harbour: vscode.TextDocument;
	let visit: vscode.TextDocument;
	const references = (document: vscode.TextDocument, position: vscode.Position) =>
		vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);

	suiteSetup(async () => {
		visit = await vscode.workspace.openTextDocument(fileUri('corpus', 'quillford-visit.news'));
		harbour = await openNews('corpus', 'eskeby-harbour.news');
		// The index is built in the background: wait until it holds both articles.
		await eventually(
			() => references(harbour, positionOf(harbour, 'Ilse Marrow').translate(0, 2)),
			(l) => l.length === 4,
			'references from the index',
		);
	});

	test('Find All References: the knowledge-base entry and every annotation of the entity in every article', async () => {
		const found = await references(harbour, positionOf(harbour, 'Marrow]{', 1).translate(0, 1));
		const marrow = rangeOf(harbour, 'Marrow]{', 1);
		assert.deepStrictEqual(found.map(where), [
			['corpus/entities.yaml', 1, 0, 11],
			[
				'corpus/eskeby-harbour.news',
				4,
				rangeOf(harbour, 'Ilse Marrow').start.character,
				rangeOf(harbour, 'Ilse Marrow').end.character,
			],
			['corpus/eskeby-harbour.news', 6, marrow.start.character, marrow.start.character + 'Marrow'.length],
			// CRLF, Cyrillic and an emoji before it: positions are UTF-16 columns.
			['corpus/quillford-visit.news', 4, 67, 78],
		]);
		assert.deepStrictEqual(rangeOf(visit, 'Ilse Marrow', 1), new vscode.Range(4, 67, 4, 78));
	});

	test('Go to Definition: the knowledge-base entry, else the first annotation', async () => {
		const definition = (document: vscode.TextDocument, needle: string, nth = 0) =>
			vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
				'vscode.executeDefinitionProvider',
				document.uri,
				positionOf(document, needle, nth).translate(0, 2),
			);
		const toWhere = (d: vscode.Location | vscode.LocationLink) =>
			'targetUri' in d ? where(new vscode.Location(d.targetUri, d.targetRange)) : where(d);
		assert.deepStrictEqual((await definition(visit, 'Ilse Marrow', 1)).map(toWhere), [
			['corpus/entities.yaml', 1, 0, 11],
		]);
		const council = rangeOf(harbour, 'Quillford Trade Council');
		assert.deepStrictEqual((await definition(visit, 'Quillford Trade Council')).map(toWhere), [
			['corpus/eskeby-harbour.news', 4, council.start.character, council.end.character],
		]);
	});

	test('workspace symbols (Ctrl+T): entities by name and by alias', async () => {
		const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>(
			'vscode.executeWorkspaceSymbolProvider',
			'marrow',
		);
		const ours = symbols.filter((s) => relative(s.location.uri).startsWith('corpus/'));
		assert.deepStrictEqual(
			ours.map((s) => [s.name, s.containerName, relative(s.location.uri)]),
			[['Ilse Marrow', 'person · 3 mentions in 2 articles', 'corpus/entities.yaml']],
		);
	});

	test('rename an entity: its id in every `ref=` and in entities.yaml, or its text in every article', async () => {
		const byId = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
			'vscode.executeDocumentRenameProvider',
			harbour.uri,
			positionOf(harbour, 'Marrow]{', 1),
			'ilse-marrow-berg',
		);
		assert.deepStrictEqual(
			byId
				.entries()
				.map(([uri, edits]) => [relative(uri), edits.map((e) => e.newText)])
				.sort(),
			[
				['corpus/entities.yaml', ['ilse-marrow-berg']],
				['corpus/eskeby-harbour.news', ['ilse-marrow-berg', 'ilse-marrow-berg']],
				['corpus/quillford-visit.news', ['ilse-marrow-berg']],
			],
		);
		const byText = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
			'vscode.executeDocumentRenameProvider',
			visit.uri,
			positionOf(visit, 'Trade Council'),
			'Quillford Chamber of Trade',
		);
		assert.deepStrictEqual(
			byText
				.entries()
				.map(([uri, edits]) => [relative(uri), edits.map((e) => [e.range.start.line, e.newText])])
				.sort(),
			[
				['corpus/eskeby-harbour.news', [[4, 'Quillford Chamber of Trade']]],
				['corpus/quillford-visit.news', [[4, 'Quillford Chamber of Trade']]],
			],
		);
		await assert.rejects(
			Promise.resolve(
				vscode.commands.executeCommand(
					'vscode.executeDocumentRenameProvider',
					harbour.uri,
					positionOf(harbour, 'April 2'),
					'April 3',
				),
			),
			/Dates are not renamed across articles/,
		);
	});

	test('a rename in one article is one edit, and one Undo restores the text', async () => {
		const before = harbour.getText();
		const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
			'vscode.executeDocumentRenameProvider',
			harbour.uri,
			positionOf(harbour, 'Halden Quay'),
			'Halden Pier',
		);
		assert.deepStrictEqual(
			edit.entries().map(([uri]) => relative(uri)),
			['corpus/eskeby-harbour.news'],
		);
		await vscode.window.showTextDocument(harbour);
		assert.ok(await vscode.workspace.applyEdit(edit));
		assert.strictEqual(harbour.getText(), before.replace('[Halden Quay]{.place}', '[Halden Pier]{.place}'));
		await vscode.commands.executeCommand('undo');
		assert.strictEqual(harbour.getText(), before);
	});

	test('consistency: one text annotated with two types in two articles', async () => {
		await vscode.window.showTextDocument(visit);
		const diagnostics = await eventually(
			() => vscode.languages.getDiagnostics(visit.uri).filter((d) => d.code === 'attache.inconsistent-type'),
			(d) => d.length > 0,
			'the inconsistent-type diagnostic',
		);
		assert.deepStrictEqual(
			diagnostics.map((d) => [d.range.start.line, d.range.start.character, d.severity, d.message]),
			[
				[
					4,
					rangeOf(visit, 'Eskeby]').start.character,
					vscode.DiagnosticSeverity.Information,
					'"Eskeby" is annotated as organization here but as place in eskeby-harbour.news: change the type where it is wrong.',
				],
			],
		);
	});

	test('the Entities view shows the fixture corpus: type > entity > article > mention, filtered', async () => {
		const filtered = await vscode.commands.executeCommand<Snapshot>('attache.entities.snapshot', 'quillford');
		assert.strictEqual(filtered.description, 'filter: quillford');
		assert.strictEqual(filtered.message, 'Entities matching "quillford": 2');
		assert.deepStrictEqual(plain(filtered.tree), [
			[
				'Organizations',
				'1',
				[
					[
						'Quillford Trade Council',
						'2 mentions · 2 articles',
						[
							[
								'eskeby-harbour.news',
								'1 mention · Eskeby opens its new harbour',
								[['…the new harbour at Halden Quay with the Quillford Trade Council.', 'line 5']],
							],
							[
								'quillford-visit.news',
								'1 mention · Ilse Marrow visits Quillford',
								[
									[
										'…May 20. Встреча 🤝 Ilse Marrow met the Quillford Trade Council and the port board of Eskeby.',
										'line 5',
									],
								],
							],
						],
					],
				],
			],
			[
				'Places',
				'1',
				[
					[
						'Quillford',
						'2 mentions · 2 articles',
						[
							[
								'eskeby-harbour.news',
								'1 mention · Eskeby opens its new harbour',
								[['Marrow thanked the builders from Quillford.', 'line 7']],
							],
							[
								'quillford-visit.news',
								'1 mention · Ilse Marrow visits Quillford',
								[['Quillford, May 20. Встреча 🤝 Ilse Marrow met the…', 'line 5']],
							],
						],
					],
				],
			],
		]);
		// Clicking a mention opens the article at it.
		const mention = filtered.tree[1]!.children![0]!.children![1]!.children![0]!;
		await vscode.commands.executeCommand(mention.command!.command, ...(mention.command!.arguments ?? []));
		const editor = vscode.window.activeTextEditor!;
		assert.strictEqual(relative(editor.document.uri), 'corpus/quillford-visit.news');
		assert.deepStrictEqual(
			[editor.selection.start.line, editor.selection.start.character, editor.selection.end.character],
			[4, 1, 10],
		);

		const all = await vscode.commands.executeCommand<Snapshot>('attache.entities.snapshot', '');
		assert.strictEqual(all.description, undefined);
		const people = all.tree.find((t) => t.label === 'People')!;
		const names = people.children!.map((e) => e.label);
		for (const name of ['Ilse Marrow', 'Anna Lindqvist', 'Tomas Brenner'])
			assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
		assert.deepStrictEqual(
			all.tree.map((t) => t.label).filter((l) => ['People', 'Organizations', 'Places', 'Dates'].includes(l)),
			['People', 'Organizations', 'Places', 'Dates'],
		);
	});

	test('a file created and deleted on disk: the index and the results follow', async () => {
		const late = fileUri('corpus', 'late-news.news');
		await vscode.workspace.fs.writeFile(
			late,
			Buffer.from('---\ndate: 2024-06-01\n---\n[Ilse Marrow]{.person ref=ilse-marrow} came back.\n'),
		);
		const at = positionOf(harbour, 'Ilse Marrow').translate(0, 2);
		const grown = await eventually(
			() => references(harbour, at),
			(l) => l.length === 5,
			'the new article in the references',
		);
		assert.ok(grown.some((l) => relative(l.uri) === 'corpus/late-news.news'));
		await vscode.workspace.fs.delete(late);
		await eventually(
			() => references(harbour, at),
			(l) => l.length === 4,
			'the deleted article gone from the references',
		);
	});
});
