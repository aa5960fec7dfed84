import { agreementMarkdown, agreementText, type Locate } from '../service/interchange';
import { agreementOf, foldersToCompare, revisionsToCompare, WORKTREE } from '../node/interchange/agreementInputs';
import { parseArgs } from './args';
import { usageError, type CliCommand, type CliIo } from './io';

export const agreeCommand: CliCommand = {
	name: 'agree',
	help: `  agree [--format text|json|markdown] A B
  agree --rev REV1 REV2 [PATH]   Compare two annotated versions of the same articles: folders (or
                                 files) A and B, or two revisions of a git repository (REV2 may be
                                 ${WORKTREE}: the files on disk), under PATH. Per type, B's precision,
                                 recall and F1 against A, Cohen's kappa over tokens, and every
                                 disagreement with its place. Exit status 1 when some articles
                                 could not be compared.`,
	run: runAgree,
};

function runAgree(args: readonly string[], io: CliIo): number {
	const parsed = parseArgs('agree', args, { values: ['--format', '--rev'] });
	if ('error' in parsed) return usageError(io, parsed.error);
	const format = parsed.values.get('--format') ?? 'text';
	if (format !== 'text' && format !== 'json' && format !== 'markdown')
		return usageError(io, `agree --format takes text, json or markdown, not '${format}'`);
	const revA = parsed.values.get('--rev');
	const rest = parsed.positional;
	let inputs;
	if (revA !== undefined) {
		if (rest.length < 1 || rest.length > 2)
			return usageError(
				io,
				'agree --rev takes two revisions and an optional folder: attache agree --rev HEAD~1 HEAD corpus/',
			);
		inputs = revisionsToCompare(rest[1] ?? '.', revA, rest[0]!);
	} else {
		if (rest.length !== 2)
			return usageError(io, 'agree compares two versions: attache agree FOLDER_A FOLDER_B (or --rev REV1 REV2)');
		inputs = foldersToCompare(rest[0]!, rest[1]!);
	}
	if ('error' in inputs) {
		io.stderr(`attache: ${inputs.error}\n`);
		return 2;
	}
	const agreement = agreementOf(inputs.ok);
	const locate: Locate = (d, side) => {
		const p = agreement.position(d, side);
		return p && { label: `${p.version.label}:${p.line}:${p.column}` };
	};
	const { report } = agreement;
	if (format === 'json') {
		const disagreements = report.disagreements.map((d) => ({
			...d,
			a: locate(d, 'a')?.label,
			b: locate(d, 'b')?.label,
		}));
		io.stdout(JSON.stringify({ ...report, disagreements, names: inputs.ok.names }, null, 2) + '\n');
	} else {
		io.stdout((format === 'markdown' ? agreementMarkdown : agreementText)(report, inputs.ok.names, locate));
	}
	if (report.compared.length === 0)
		io.stderr('attache: no article is in both versions with the same text: nothing was compared\n');
	return report.skipped.length ? 1 : 0;
}
