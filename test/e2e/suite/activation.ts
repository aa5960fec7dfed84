// The extensionTestsPath module of the activation workspaces (test/fixtures/e2e-activation, opened by run.js in
// windows of their own): runs activation.spec.js and writes its result beside ATTACHE_E2E_RESULT, by folder name.
import * as path from 'path';
import * as vscode from 'vscode';
import { runMocha } from './runMocha';

export function run(): Promise<void> {
	const folder = vscode.workspace.workspaceFolders?.[0];
	const result = process.env.ATTACHE_E2E_RESULT || path.join(__dirname, 'result.json');
	// The same name as activationResult in test/e2e/workspace.js.
	const out = path.join(path.dirname(result), `result-${folder ? path.basename(folder.uri.fsPath) : 'no-folder'}.json`);
	return runMocha([path.join(__dirname, 'activation.spec.js')], out);
}
