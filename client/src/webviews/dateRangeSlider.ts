// The Network of Actors' date-range slider: two native range inputs laid over one track (two thumbs), one day a
// step over the span of the corpus's article dates. Native inputs bring the keyboard (arrows, Page Up/Down, Home,
// End) and the screen reader's reading (each labelled, its value read as the date) without a library; the track and
// thumbs take the theme's colours. Moving a thumb asks for the network of the new span, at most once an animation
// frame, so a drag redraws as it goes without flooding the server.
import { el } from './dom';

/** The span chosen; an end left at the corpus's edge is no bound at all (articles without a date stay in). */
export interface DateSpan {
	readonly from?: string;
	readonly to?: string;
}

const DAY_MS = 86_400_000;
const dayOf = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export const DATE_RANGE_CSS = `
	.range { display: inline-flex; align-items: center; gap: 8px; }
	.range[hidden] { display: none; }
	.range .track { position: relative; width: 220px; height: 20px; }
	.range .rail, .range .span { position: absolute; top: 9px; height: 3px; border-radius: 2px; }
	.range .rail { left: 0; right: 0; background: var(--vscode-scrollbarSlider-background, #7f7f7f55); }
	.range .span { background: var(--vscode-button-background, #0e639c); }
	.range input[type=range] { position: absolute; inset: 0; width: 100%; margin: 0; background: none; pointer-events: none; -webkit-appearance: none; appearance: none; }
	.range input[type=range]::-webkit-slider-runnable-track { background: none; height: 20px; }
	.range input[type=range]::-webkit-slider-thumb { pointer-events: auto; -webkit-appearance: none; width: 14px; height: 14px; margin-top: 3px; border-radius: 50%; cursor: pointer;
		background: var(--vscode-button-background, #0e639c); border: 1px solid var(--vscode-button-foreground, #fff); }
	.range input[type=range]:focus { outline: none; }
	.range input[type=range]:focus::-webkit-slider-thumb { outline: 2px solid var(--vscode-focusBorder, #007fd4); outline-offset: 1px; }
	.range output { font-variant-numeric: tabular-nums; opacity: 0.8; }
`;

export class DateRangeSlider {
	readonly element: HTMLElement;
	readonly #low: HTMLInputElement;
	readonly #high: HTMLInputElement;
	readonly #span: HTMLElement;
	readonly #shown: HTMLOutputElement;
	readonly #onChange: (span: DateSpan) => void;
	#first = 0;
	#frame: number | undefined;

	constructor(onChange: (span: DateSpan) => void) {
		this.#onChange = onChange;
		const thumb = (label: string): HTMLInputElement => {
			const input = el('input', {
				type: 'range',
				min: '0',
				max: '0',
				step: '1',
				'aria-label': label,
			}) as HTMLInputElement;
			input.addEventListener('input', () => this.#moved(input));
			return input;
		};
		this.#low = thumb('From (article date)');
		this.#high = thumb('To (article date)');
		this.#span = el('div', { class: 'span' });
		this.#shown = el('output', { 'aria-hidden': 'true' }) as HTMLOutputElement;
		this.element = el('div', { class: 'range', role: 'group', 'aria-label': 'Article dates' }, [
			el('div', { class: 'track' }, [el('div', { class: 'rail' }), this.#span, this.#low, this.#high]),
			this.#shown,
		]);
		this.element.hidden = true;
	}

	/** The corpus's span of article dates and the range asked; a thumb being moved stays where it is held. */
	update(dates: { readonly first: string; readonly last: string } | undefined, chosen: DateSpan): void {
		this.element.hidden = !dates;
		if (!dates) return;
		this.#first = dayOf(dates.first);
		const max = String(Math.max(0, dayOf(dates.last) - this.#first));
		for (const input of [this.#low, this.#high]) input.max = max;
		// A thumb in hand (a frame pending, or focused from the keyboard) keeps its place: an answer on its way may be
		// for the span it stood on a moment ago.
		if (this.#frame !== undefined || this.element.contains(document.activeElement)) return;
		this.#low.value = chosen.from ? String(dayOf(chosen.from) - this.#first) : '0';
		this.#high.value = chosen.to ? String(dayOf(chosen.to) - this.#first) : max;
		this.#paint();
	}

	#moved(input: HTMLInputElement): void {
		// The thumbs never cross: the one moved stops at the other.
		if (Number(this.#low.value) > Number(this.#high.value))
			input.value = input === this.#low ? this.#high.value : this.#low.value;
		this.#paint();
		if (this.#frame !== undefined) return;
		this.#frame = requestAnimationFrame(() => {
			this.#frame = undefined;
			this.#onChange(this.value());
		});
	}

	/** The span the thumbs stand on; an end at the corpus's edge is left open. */
	value(): DateSpan {
		const low = Number(this.#low.value);
		const high = Number(this.#high.value);
		return {
			...(low > 0 && { from: dateOf(this.#first + low) }),
			...(high < Number(this.#high.max) && { to: dateOf(this.#first + high) }),
		};
	}

	#paint(): void {
		const max = Number(this.#high.max) || 1;
		const [low, high] = [Number(this.#low.value), Number(this.#high.value)];
		this.#span.style.left = `${(100 * low) / max}%`;
		this.#span.style.width = `${(100 * (high - low)) / max}%`;
		// Where the thumbs meet, the one that can still move is on top: the lower one in the right half.
		this.#low.style.zIndex = low === high && low > max / 2 ? '1' : '';
		const [from, to] = [dateOf(this.#first + low), dateOf(this.#first + high)];
		this.#low.setAttribute('aria-valuetext', from);
		this.#high.setAttribute('aria-valuetext', to);
		this.#shown.textContent = `${from} to ${to}`;
	}
}
