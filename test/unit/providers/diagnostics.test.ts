import * as assert from 'node:assert/strict';
import { DiagnosticCode } from '../../../server/src/service';
import { doc, none, service, settings } from '../../helpers/service';

const HEADER = '---\ndate: 2024-03-14\n---\n';

function problems(body: string, withHeader = true) {
	const d = doc(withHeader ? HEADER + body : body);
	return service()
		.getDiagnostics(d, none)
		.map((x) => ({ code: x.code, severity: x.severity, text: d.getText(x.range) }));
}

suite('diagnostics', () => {
	test('a clean article has none', () => {
		assert.deepEqual(
			problems('[Ada Berg]{.person ref=ada-berg} met [Norland]{.place} on [May 9]{.date value=2024-05-09}.\n'),
			[],
		);
	});

	test('unknown type, with a guess', () => {
		const d = doc(HEADER + '[Ada]{.persn}\n');
		const [p] = service().getDiagnostics(d, none);
		assert.equal(p!.code, DiagnosticCode.UnknownType);
		assert.equal(d.getText(p!.range), '.persn');
		assert.match(p!.message, /did you mean `\.person`\?/);
	});

	test('missing type, two types, empty annotation, invalid date value', () => {
		assert.deepEqual(problems('[Ada]{ref=ada} [B]{.person .org} []{.place} [June 31]{.date value=2024-06-31}\n'), [
			{ code: DiagnosticCode.MissingType, severity: 1, text: '{ref=ada}' },
			{ code: DiagnosticCode.MultipleTypes, severity: 1, text: '.org' },
			{ code: DiagnosticCode.EmptyAnnotation, severity: 2, text: '[]{.place}' },
			{ code: DiagnosticCode.InvalidDateValue, severity: 1, text: '2024-06-31' },
		]);
	});

	test('date values of every TIMEX3 form are accepted', () => {
		for (const v of [
			'2025',
			'2025-05',
			'2025-05-09',
			'2025-W04',
			'2025-Q1',
			'2025/2027',
			'2025-01-20/2025-01-24',
			'2025-SU',
			'199',
			'2025-05-09T10:30',
		]) {
			assert.deepEqual(problems(`[x]{.date value=${v}}\n`), [], v);
		}
		for (const v of ['2025-13', '2025-W54', '2025-Q5', '2027/2025', 'May 9', '']) {
			assert.deepEqual(
				problems(`[x]{.date value="${v}"}\n`).map((p) => p.code),
				[DiagnosticCode.InvalidDateValue],
				v,
			);
		}
	});

	test('unclosed bracket and brace at the end of a paragraph; the next paragraph is still read', () => {
		assert.deepEqual(problems('An [open bracket and [Ada]{.person\n\n[Norland]{.place}\n'), [
			{ code: DiagnosticCode.UnclosedBracket, severity: 2, text: '[' },
			{ code: DiagnosticCode.UnclosedBrace, severity: 1, text: '{' },
		]);
	});

	test('front matter: bad YAML, not closed, invalid date', () => {
		assert.deepEqual(
			problems('---\ndate: [2024\n---\ntext\n', false).map((p) => p.code),
			[DiagnosticCode.FrontMatterSyntax],
		);
		assert.deepEqual(
			problems('---\ndate: 2024-01-01\ntext\n', false).map((p) => p.code),
			[DiagnosticCode.FrontMatterSyntax],
		);
		assert.deepEqual(problems('---\ndate: 2024-02-30\n---\ntext\n', false), [
			{ code: DiagnosticCode.InvalidArticleDate, severity: 1, text: '2024-02-30' },
		]);
		assert.deepEqual(
			problems('---\n- a list\n---\ntext\n', false).map((p) => p.code),
			[DiagnosticCode.FrontMatterSyntax],
		);
	});

	test('no article date: one hint, none with a dateline', () => {
		assert.deepEqual(problems('Just text.\n', false), [{ code: DiagnosticCode.NoArticleDate, severity: 4, text: '' }]);
		assert.deepEqual(problems('date 2024-03-14 VIENNA. Text.\n', false), []);
	});

	test('custom types from settings', () => {
		const d = doc(HEADER + '[Summit]{.event}\n');
		assert.equal(service().getDiagnostics(d, none).length, 1);
		assert.equal(service(settings({ customTypes: [{ name: 'event' }] })).getDiagnostics(d, none).length, 0);
	});
});
