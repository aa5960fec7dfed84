import type { AttacheService } from '../service';
import { nextTurn } from './afterPendingMessages';

/** What of a cancellation token the read-ahead reads: an LSP request's, or a run's own. */
interface Cancel {
	readonly isCancellationRequested: boolean;
}

/** How long the Network of Actors' and the Timeline's read-ahead runs before the server reads its messages again. */
const SLICE_MS = 20;
/** Articles read per call to the service between two looks at the clock (an article of 5 KB takes about 1 ms). */
const ARTICLES_PER_STEP = 4;

/** One slice of the corpus views' read-ahead: true while facts are still missing. */
function slice(service: AttacheService, token: Cancel): boolean {
	const start = performance.now();
	let more = true;
	while (more && !token.isCancellationRequested && performance.now() - start < SLICE_MS)
		more = service.readViewFactsAhead(ARTICLES_PER_STEP, token);
	return more;
}

/**
 * Reads the facts of the corpus views ahead, between messages, once the workspace is indexed and after each change of
 * the index: the first Network of Actors request then answers in well under a second instead of reading every
 * article at once while hovers and tokens wait. A new change stops the run in progress and starts a new one.
 */
export class ViewFactsAhead {
	readonly #service: AttacheService;
	readonly #log: (message: string) => void;
	#run = { isCancellationRequested: false };

	constructor(service: AttacheService, log: (message: string) => void) {
		this.#service = service;
		this.#log = log;
	}

	changed(): void {
		this.#run.isCancellationRequested = true;
		const run = { isCancellationRequested: false };
		this.#run = run;
		const step = (): void => {
			try {
				if (slice(this.#service, run)) setTimeout(step, 1);
			} catch (e) {
				this.#log(`Cannot read the views' facts: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
			}
		};
		setTimeout(step, 1);
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
