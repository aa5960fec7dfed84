/** A command's options: which take a value, which may repeat, which are flags. */
export interface OptionSpec {
	readonly values?: readonly string[];
	readonly repeatable?: readonly string[];
	readonly flags?: readonly string[];
}

export interface ParsedArgs {
	readonly values: ReadonlyMap<string, string>;
	readonly lists: ReadonlyMap<string, readonly string[]>;
	readonly flags: ReadonlySet<string>;
	readonly positional: readonly string[];
}

/** Reads `--name value`, `--name=value` and `--flag`; a message when something is wrong. */
export function parseArgs(
	command: string,
	args: readonly string[],
	spec: OptionSpec,
): ParsedArgs | { readonly error: string } {
	const values = new Map<string, string>();
	const lists = new Map<string, string[]>();
	const flags = new Set<string>();
	const positional: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg === '--') {
			positional.push(...args.slice(i + 1));
			break;
		}
		if (!arg.startsWith('-') || arg === '-') {
			positional.push(arg);
			continue;
		}
		const eq = arg.indexOf('=');
		const name = eq > 0 ? arg.slice(0, eq) : arg;
		if (spec.flags?.includes(name)) {
			if (eq > 0) return { error: `${name} takes no value` };
			flags.add(name);
			continue;
		}
		const takesValue = spec.values?.includes(name) || spec.repeatable?.includes(name);
		if (!takesValue) return { error: `unknown option '${name}' for ${command}` };
		const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
		if (value === undefined || value === '') return { error: `${name} needs a value` };
		if (spec.repeatable?.includes(name)) (lists.get(name) ?? lists.set(name, []).get(name)!).push(value);
		else if (values.has(name)) return { error: `${name} is given twice` };
		else values.set(name, value);
	}
	return { values, lists, flags, positional };
}
