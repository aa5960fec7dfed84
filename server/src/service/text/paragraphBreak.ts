/**
 * A blank line (spaces or tabs allowed, LF or CRLF): where a paragraph ends, for the recognizer's chunks and its
 * per-paragraph dates. A new expression for each user, as each keeps its own `lastIndex`.
 */
export const paragraphBreak = (): RegExp => /\r?\n(?:[ \t]*\r?\n)+/g;
