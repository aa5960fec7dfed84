// The r-th repetition of a text, made new to the recognizer: its lines end in r written in binary with tabs and
// spaces (never seen by the tokenizer, which skips white space). The recognizer keeps each line it has read
// (server/src/service/recognize/names/articleLines.ts): a benchmark that repeats texts would time its cache, not
// recognition of text it has not seen. Report sizes from the text as it was.
export function unseen(text, r) {
	if (r === 0) return text;
	const mark = r.toString(2).replace(/1/g, '\t').replace(/0/g, ' ');
	return text.replace(/\n/g, `${mark}\n`) + mark;
}
