import { SHIPPED_CALIBRATION, type CalibrationTable } from './calibration';
import { DateScratch } from './dates/scratch';
import { NameScratch } from './names/nameScratch';
import { readWeights, type TaggerModel } from './names/tagger';
import { RussianScratch } from './ru/scratch';
import { readRussianWeights } from './ru/tagger';

export interface RecognizerOptions {
	/**
	 * The calibration of confidences: a fitted table, `null` for the raw confidences (what scripts/fit-calibration.mjs
	 * collects), the shipped one (server/data/calibration.json) by default.
	 */
	readonly calibration?: CalibrationTable | null;
	/** The English tagger's model, instead of the shipped one (the cross-validation of bench/cv-eval.mjs trains one a fold). */
	readonly taggerModel?: TaggerModel;
	/** The Russian tagger's model, instead of the shipped one (bench/ru-eval.mjs trains one a fold). */
	readonly russianTaggerModel?: TaggerModel;
	/**
	 * Whether to keep what each line of an English article was found to hold, and the dates of each paragraph, so that
	 * the next version of the article re-recognizes only the lines an edit changed (names/articleLines.ts): for the editor, which reads one article
	 * after each keystroke; not for a batch, which reads each article once (keeping costs it half its speed in the
	 * garbage collector).
	 */
	readonly keepLines?: boolean;
}

/**
 * One recognizer: what `recognize` keeps from one article to the next. The service makes one (`createAttacheService`),
 * a script one per model it tries; two never share their scratch memory, only the data loaded once (`data.ts`).
 * README, "State between calls".
 */
export class Recognizer {
	readonly calibration: CalibrationTable | null;
	readonly dates: DateScratch;
	readonly #taggerModel: TaggerModel | undefined;
	readonly #russianTaggerModel: TaggerModel | undefined;
	readonly #keepLines: boolean;
	#names: NameScratch | undefined;
	#russian: RussianScratch | undefined;

	constructor(options: RecognizerOptions = {}) {
		this.calibration = options.calibration === undefined ? SHIPPED_CALIBRATION : options.calibration;
		this.#taggerModel = options.taggerModel;
		this.#russianTaggerModel = options.russianTaggerModel;
		this.#keepLines = options.keepLines ?? false;
		this.dates = new DateScratch(this.#keepLines);
	}

	/** The English names' scratch, made at the first English article (which loads the lists). */
	get names(): NameScratch {
		return (this.#names ??= new NameScratch(
			undefined,
			this.#taggerModel === undefined ? undefined : readWeights(this.#taggerModel),
			this.#keepLines,
		));
	}

	/** The Russian names' scratch, made at the first Russian article (which loads the Russian lists). */
	get russian(): RussianScratch {
		return (this.#russian ??= new RussianScratch(
			this.#russianTaggerModel === undefined ? undefined : readRussianWeights(this.#russianTaggerModel),
		));
	}
}
