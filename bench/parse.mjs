// Parse throughput on a generated 1 MB article (a new version of it in the server's document cache, as each edit
// makes), against pandoc reading the same file in the same run: the whole text (versions that differ in the header,
// which the parse reads again from the start), and a keystroke in the body (its paragraph read again, the rest taken
// over from the last version's parse: parse/reparse.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from './bundle.mjs';

const { DocumentCache } = load('server/src/service/documentCache.ts');

const paragraph = (i) =>
	`[Foreign Minister]{.role} [Anna Lindqvist]{.person ref=anna-lindqvist} of [Norland]{.place} met ` +
	`[Tomas Brenner]{.person} at the [[Austrian]{.place} Foreign Ministry]{.org} on [March ${(i % 28) + 1}]{.date value=2024-03-${String((i % 28) + 1).padStart(2, '0')}}, ` +
	`and the \\[draft\\] text of the [Danube Valley Commission]{.org note="founded 2024"} was read. Сергей Лавров 🇷🇺 attended.\n\n`;
let text = '---\ndate: 2024-03-14\ntitle: Benchmark article\n---\n';
for (let i = 0; text.length < 1_000_000; i++) text += paragraph(i);
const mb = Buffer.byteLength(text) / 1e6;

// As the server parses: each edit is a new version of the document in the document cache, which lets the last go.
const cache = new DocumentCache();
let version = 0;
// Each version differs from the last, as after an edit (the cache reuses a parse of the very same text); the
// header's title changes, so that each is parsed whole.
const versions = [text, text.replace('title: Benchmark article', 'title: Benchmark article, again')];
const parseNews = () => {
	const source = versions[++version % 2];
	return cache.get({ uri: 'file:///bench.news', version, getText: () => source });
};
for (let i = 0; i < 10; i++) parseNews(); // warm up
const times = [];
const cpuTimes = [];
let annotations = 0;
let detailed = 0;
/** One parse, timed; in a function of its own so that nothing here holds the result past the next parse (the server does not). */
function timedParse() {
	const t0 = process.hrtime.bigint();
	const c0 = process.cpuUsage();
	const document = parseNews();
	const c = process.cpuUsage(c0);
	times.push(Number(process.hrtime.bigint() - t0) / 1e6);
	cpuTimes.push((c.user + c.system) / 1000);
	annotations = document.annotations.length;
}
for (let i = 0; i < 41; i++) timedParse();
{
	// Classes and attributes as objects with their ranges are made when first asked for (hover, quick fixes ask for
	// one annotation's); what asking for all of them would add.
	const document = parseNews();
	const d0 = process.hrtime.bigint();
	for (const a of document.annotations) detailed += a.classes.length + a.attributes.length;
	console.log(
		`parse: every class and attribute of every annotation as objects, when asked for: ${(Number(process.hrtime.bigint() - d0) / 1e6).toFixed(1)} ms more (${detailed} items)`,
	);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const wall = median(times);
console.log(
	`parse: ${mb.toFixed(2)} MB, ${annotations} annotations: median ${wall.toFixed(1)} ms wall, ${median(cpuTimes).toFixed(1)} ms CPU ` +
		`(min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}) = ${(mb / (wall / 1000)).toFixed(1)} MB/s; target: well under 50 ms ` +
		`(load average ${os.loadavg()[0].toFixed(2)})`,
);

// A keystroke in the middle of the body, typed and taken back.
{
	const middle = text.indexOf('[Foreign', text.length >> 1) + 2;
	const typed = [text, `${text.slice(0, middle)}e${text.slice(middle)}`];
	const keystrokes = [];
	cache.get({ uri: 'file:///bench.news', version: ++version, getText: () => typed[0] });
	for (let i = 1; i <= 41; i++) {
		const source = typed[i % 2];
		source.charCodeAt(middle); // as the editor's text is read before it is parsed
		const t0 = process.hrtime.bigint();
		cache.get({ uri: 'file:///bench.news', version: ++version, getText: () => source });
		keystrokes.push(Number(process.hrtime.bigint() - t0) / 1e6);
	}
	console.log(
		`parse after a keystroke in the body: median ${median(keystrokes).toFixed(1)} ms wall (min ${Math.min(...keystrokes).toFixed(1)}, max ${Math.max(...keystrokes).toFixed(1)})`,
	);
}

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
	console.log(
		`peer: pandoc -f markdown -t json on the same file: best of 3 ${pandocMs.toFixed(0)} ms = ${(mb / (pandocMs / 1000)).toFixed(2)} MB/s (whole process)`,
	);
	console.log(`ratio: Attache parses ${(pandocMs / wall).toFixed(0)}x faster than pandoc reads the same file`);
} catch (e) {
	console.log(`peer: pandoc is not installed (apt-get install pandoc), no ratio: ${String(e).split('\n')[0]}`);
}
