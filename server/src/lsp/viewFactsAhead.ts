import type { AttacheService } from '../service';
import { nextTurn } from './afterPendingMessages';

/** What of a cancellation token the read-ahead reads: an LSP request's, or a run's own. */
interface Cancel {
	readonly isCancellationRequested: boolean;
}

/** How long the Network of Actors' and the Timeline's read-ahead runs before the server reads its messages again. */
const SLICE_MS = 20;
/**
 * Articles read per call to the service between two looks at the clock: one, so that a slice overruns its 20 ms by
 * one article at most (an article of 5 KB takes about half a millisecond; a big one more).
 */
const ARTICLES_PER_STEP = 1;

/** What a slice of the read-ahead reports: how long it ran, and whether facts are still missing after it. */
export interface ReadAheadSlice {
	readonly ms: number;
	readonly more: boolean;
}

/**
 * How the read-ahead is run between messages, for a test to hold it: `schedule` runs the next slice later (by
 * default a timer of 1 ms, after the messages received meanwhile); `now` is the clock in milliseconds that ends a
 * slice (by default performance.now); `sliced` is told after each slice.
 */
export interface ReadAheadHooks {
	readonly schedule?: (slice: () => void) => void;
	readonly now?: () => number;
	readonly sliced?: (slice: ReadAheadSlice) => void;
}

const clock = (): number => performance.now();

/** One slice of the corpus views' read-ahead: true while facts are still missing. */
function slice(service: AttacheService, token: Cancel, now: () => number = clock): boolean {
	const start = now();
	let more = true;
	while (more && !token.isCancellationRequested && now() - start < SLICE_MS)
		more = service.readViewFactsAhead(ARTICLES_PER_STEP, token);
	return more;
}

const afterTimer = (step: () => void): void => void setTimeout(step, 1);

/**
 * Reads the facts of the corpus views ahead, between messages, once the workspace is indexed and after each change of
 * the index: the first Network of Actors request then answers in well under a second instead of reading every
 * article at once while hovers and tokens wait. A new change stops the run in progress and starts a new one.
 */
export class ViewFactsAhead {
	readonly #service: AttacheService;
	readonly #log: (message: string) => void;
	readonly #schedule: (slice: () => void) => void;
	readonly #sliced: ((slice: ReadAheadSlice) => void) | undefined;
	readonly #now: () => number;
	#run = { isCancellationRequested: false };

	constructor(service: AttacheService, log: (message: string) => void, hooks: ReadAheadHooks = {}) {
		this.#service = service;
		this.#log = log;
		this.#schedule = hooks.schedule ?? afterTimer;
		this.#sliced = hooks.sliced;
		this.#now = hooks.now ?? clock;
	}

	changed(): void {
		this.#run.isCancellationRequested = true;
		const run = { isCancellationRequested: false };
		this.#run = run;
		const step = (): void => {
			if (run.isCancellationRequested) return;
			try {
				const start = this.#now();
				const more = slice(this.#service, run, this.#now);
				this.#sliced?.({ ms: this.#now() - start, more });
				if (more) this.#schedule(step);
			} catch (e) {
				this.#log(`Cannot read the views' facts: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
			}
		};
		this.#schedule(step);
	}
}

/** Finishes the missing facts in slices, each after the messages received meanwhile; false when cancelled. */
export async function finishViewFacts(service: AttacheService, token: Cancel): Promise<boolean> {
	while (slice(service, token)) {
		if (token.isCancellationRequested) return false;
		await new Promise<void>((resolve) => nextTurn(resolve));
	}
	return !token.isCancellationRequested;
}
