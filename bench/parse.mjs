// Parse throughput on a generated 1 MB article, against pandoc reading the same file in the same run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from './bundle.mjs';

const { parseNews } = load('server/src/service/parse/document.ts');

const paragraph = (i) =>
	`[Foreign Minister]{.role} [Anna Lindqvist]{.person ref=anna-lindqvist} of [Norland]{.place} met ` +
	`[Tomas Brenner]{.person} at the [[Austrian]{.place} Foreign Ministry]{.org} on [March ${(i % 28) + 1}]{.date value=2024-03-${String((i % 28) + 1).padStart(2, '0')}}, ` +
	`and the \\[draft\\] text of the [Danube Valley Commission]{.org note="founded 2024"} was read. Сергей Лавров 🇷🇺 attended.\n\n`;
let text = '---\ndate: 2024-03-14\ntitle: Benchmark article\n---\n';
for (let i = 0; text.length < 1_000_000; i++) text += paragraph(i);
const mb = Buffer.byteLength(text) / 1e6;

for (let i = 0; i < 5; i++) parseNews(text); // warm up
const times = [];
let annotations = 0;
for (let i = 0; i < 25; i++) {
	const t0 = process.hrtime.bigint();
	annotations = parseNews(text).annotations.length;
	times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
times.sort((a, b) => a - b);
const median = times[times.length >> 1];
console.log(`parse: ${mb.toFixed(2)} MB, ${annotations} annotations: median ${median.toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times.at(-1).toFixed(1)}) = ${(mb / (median / 1000)).toFixed(1)} MB/s`);

let pandocMs;
try {
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'attache-bench-')), 'bench.news');
	writeFileSync(file, text);
	const runs = [];
	for (let i = 0; i < 3; i++) {
		const t0 = process.hrtime.bigint();
		execFileSync('pandoc', ['-f', 'markdown', '-t', 'json', file], { maxBuffer: 1 << 30 });
		runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
	}
	pandocMs = Math.min(...runs);
	console.log(`peer: pandoc -f markdown -t json on the same file: best of 3 ${pandocMs.toFixed(0)} ms = ${(mb / (pandocMs / 1000)).toFixed(2)} MB/s (whole process)`);
	console.log(`ratio: Attache parses ${(pandocMs / median).toFixed(0)}x faster than pandoc reads the same file`);
} catch (e) {
	console.log(`peer: pandoc is not installed (apt-get install pandoc), no ratio: ${String(e).split('\n')[0]}`);
}
