/** A copy of `array` with twice the room: for number columns that grow as a scan finds more (spans, runs, tokens). */
export function doubled(array: Int32Array): Int32Array<ArrayBuffer> {
	const bigger = new Int32Array(Math.max(16, array.length * 2));
	bigger.set(array);
	return bigger;
}
