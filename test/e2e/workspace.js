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
		for (const f of fs.readdirSync(corpus))
			if (/\.(news|txt|yaml)$/.test(f)) fs.copyFileSync(path.join(corpus, f), path.join(ws, 'shared-corpus', f));
	} else {
		console.log(`note: ${corpus} is absent: the tests of the seed article are skipped`);
	}
	return ws;
}

/**
 * The workspaces of the activation tests (test/fixtures/e2e-activation), each opened in a window of its own with
 * out/e2e/activation.js as the tests: the folder's name (its fixture's, then a random suffix) says which tests run.
 */
function makeActivationWorkspaces(parent) {
	const fixtures = path.join(root, 'test/fixtures/e2e-activation');
	return fs
		.readdirSync(fixtures, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => {
			const ws = fs.mkdtempSync(path.join(parent, `${d.name}-`));
			fs.cpSync(path.join(fixtures, d.name), ws, { recursive: true });
			return ws;
		});
}

/** Where the tests of an activation workspace write their result: beside `result` (ATTACHE_E2E_RESULT), by folder name. */
const activationResult = (result, workspace) =>
	path.join(path.dirname(result), `result-${path.basename(workspace)}.json`);

module.exports = { makeWorkspace, makeActivationWorkspaces, activationResult, root };
