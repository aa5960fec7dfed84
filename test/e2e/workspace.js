// Lays out the folder that the real-editor tests open: the project's own fixtures, plus the seed article and its
// knowledge base from ../shared/corpus when they are there (they are never copied into the repository).
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '../..');

function makeWorkspace(parent) {
	const ws = fs.mkdtempSync(path.join(parent, 'ws-'));
	fs.cpSync(path.join(root, 'test/fixtures/e2e'), ws, { recursive: true });
	const corpus = path.resolve(root, '../shared/corpus');
	if (fs.existsSync(corpus)) {
		fs.mkdirSync(path.join(ws, 'shared-corpus'));
		for (const f of fs.readdirSync(corpus)) if (/\.(news|txt|yaml)$/.test(f)) fs.copyFileSync(path.join(corpus, f), path.join(ws, 'shared-corpus', f));
	} else {
		console.log(`note: ${corpus} is absent: the tests of the seed article are skipped`);
	}
	return ws;
}

module.exports = { makeWorkspace, root };
