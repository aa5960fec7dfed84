import type { Annotation } from '../parse/model';
import { isTimexValue, resolveDate } from '../recognize/dates';
import { parseTimex, type TimexPeriod } from '../../shared/timex';
import { describe, loss, typedAnnotations } from './exportable';
import type { ArticleExport, ExportInput, Loss } from './model';

const FORMAT = 'TimeML';
const UNKNOWN_DATE = 'XXXX-XX-XX';

/**
 * TimeML (TempEval-3 layout): the plain text in `<TEXT>` with each date as `<TIMEX3 tid type="DATE" value>`, and
 * the article date as the `CREATION_TIME` timex in `<DCT>`. A date with a time of day is a `TIME`; an interval
 * `A/B` is a `DURATION` whose `beginPoint` and `endPoint` are empty timexes for A and B. Only dates are carried.
 */
export function exportTimeml(input: ExportInput): ArticleExport {
	const { document } = input;
	const text = document.plainText;
	const losses: Loss[] = [];
	let tid = 0;
	const out: string[] = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">',
	];
	out.push(`<DOCID>${escapeXml(input.name, losses, 0)}</DOCID>`);
	const day = document.header.date?.day;
	if (day) {
		out.push(
			`<DCT><TIMEX3 tid="t${tid++}" type="DATE" value="${day}" temporalFunction="false" functionInDocument="CREATION_TIME">${escapeXml(document.header.date!.raw, losses, 0)}</TIMEX3></DCT>`,
		);
	} else {
		losses.push({ kind: 'header', offset: 0, message: 'the article has no date, so the TimeML has no CREATION_TIME.' });
	}
	const title = document.header.fields.find((f) => f.key === 'title')?.value;
	if (typeof title === 'string') out.push(`<TITLE>${escapeXml(title, losses, 0)}</TITLE>`);

	const dates: Annotation[] = [];
	for (const a of typedAnnotations(document, losses, FORMAT)) {
		if (a.type !== 'date') {
			losses.push(loss('type', a, `${describe(a)}: TimeML carries dates only.`));
			continue;
		}
		const outer = dates[dates.length - 1];
		if (outer && a.plainStart < outer.plainEnd) {
			losses.push(
				loss('nested', a, `${describe(a)} lies inside the date ${describe(outer)}; TimeML timexes do not nest.`),
			);
			continue;
		}
		dates.push(a);
	}

	const body: string[] = [];
	let at = 0;
	for (const a of dates) {
		body.push(escapeXml(text.slice(at, a.plainStart), losses, a.range.start));
		const value = dateValue(a, day, losses);
		const content = escapeXml(text.slice(a.plainStart, a.plainEnd), losses, a.range.start);
		const interval = value.split('/');
		if (interval.length === 2) {
			const [begin, end] = [tid + 1, tid + 2];
			body.push(
				`<TIMEX3 tid="t${tid}" type="DURATION" value="${duration(value)}" beginPoint="t${begin}" endPoint="t${end}">${content}</TIMEX3>`,
			);
			body.push(
				`<TIMEX3 tid="t${begin}" type="${timexType(interval[0]!)}" value="${interval[0]}"/><TIMEX3 tid="t${end}" type="${timexType(interval[1]!)}" value="${interval[1]}"/>`,
			);
			tid += 3;
		} else {
			body.push(`<TIMEX3 tid="t${tid++}" type="${timexType(value)}" value="${value}">${content}</TIMEX3>`);
		}
		for (const x of a.attributes)
			if (x.key !== 'value')
				losses.push(loss('attribute', a, `${describe(a)}: ${x.key}=${x.value} is not carried by ${FORMAT}.`));
		if (a.id !== undefined) losses.push(loss('id', a, `${describe(a)}: #${a.id} is not carried by ${FORMAT}.`));
		at = a.plainEnd;
	}
	body.push(escapeXml(text.slice(at), losses, document.source.length));
	out.push(`<TEXT>${body.join('')}</TEXT>`, '</TimeML>', '');
	return { files: [{ path: `${input.name}.tml`, text: out.join('\n') }], losses };
}

/** The TIMEX3 value of a date annotation: its `value`, else the text resolved against the article date. */
function dateValue(a: Annotation, articleDay: string | undefined, losses: Loss[]): string {
	if (a.value !== undefined && isTimexValue(a.value)) return a.value;
	const resolved = resolveDate(a.text, articleDay);
	if (a.value !== undefined) {
		losses.push(
			loss('value', a, `${describe(a)}: value=${a.value} is no TIMEX3 value; written as ${resolved ?? UNKNOWN_DATE}.`),
		);
	} else {
		losses.push(
			loss(
				'value',
				a,
				`${describe(a)} has no value; ${resolved ? `resolved from the text as ${resolved}` : `written as ${UNKNOWN_DATE}`}.`,
			),
		);
	}
	return resolved && isTimexValue(resolved) ? resolved : UNKNOWN_DATE;
}

const timexType = (value: string): 'DATE' | 'TIME' => (/T\d/.test(value) ? 'TIME' : 'DATE');

/** The length of an interval as a TIMEX3 duration: P3Y for 2025/2027, P5D for 2025-01-20/2025-01-24. */
function duration(value: string): string {
	const parsed = parseTimex(value);
	if (!parsed?.end) return 'PXX';
	const { start, end } = parsed;
	const unit: Partial<Record<TimexPeriod['kind'], [string, (p: TimexPeriod) => number]>> = {
		year: ['Y', (p) => +p.text.slice(0, 4)],
		month: ['M', (p) => +p.text.slice(0, 4) * 12 + +p.text.slice(5, 7)],
		week: ['W', (p) => p.firstDay / 7],
	};
	const same = start.kind === end.kind ? unit[start.kind] : undefined;
	if (same) return `P${Math.round(same[1](end) - same[1](start)) + 1}${same[0]}`;
	return `P${end.lastDay - start.firstDay + 1}D`;
}

/**
 * Escapes text for XML: `& < >`, and `\r` as a character reference (an XML parser would turn a raw CR LF into LF).
 * Characters XML 1.0 cannot hold (control characters) become U+FFFD, each reported.
 */
function escapeXml(s: string, losses: Loss[], offset: number): string {
	return s.replace(/[&<>"\r]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => {
		switch (c) {
			case '&':
				return '&amp;';
			case '<':
				return '&lt;';
			case '>':
				return '&gt;';
			case '"':
				return '&quot;';
			case '\r':
				return '&#13;';
			default:
				losses.push({
					kind: 'character',
					offset,
					message: `the control character U+${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} cannot be written in XML: replaced by U+FFFD.`,
				});
				return '\ufffd';
		}
	});
}
