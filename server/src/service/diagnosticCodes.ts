/** Stable codes of every diagnostic the service reports; quick fixes find diagnostics by these. */
export enum DiagnosticCode {
	UnknownType = 'attache.unknown-type',
	MissingType = 'attache.missing-type',
	MultipleTypes = 'attache.multiple-types',
	EmptyAnnotation = 'attache.empty-annotation',
	InvalidDateValue = 'attache.invalid-date-value',
	InvalidAttributes = 'attache.invalid-attributes',
	UnclosedBracket = 'attache.unclosed-bracket',
	UnclosedBrace = 'attache.unclosed-brace',
	FrontMatterSyntax = 'attache.front-matter-syntax',
	InvalidArticleDate = 'attache.invalid-article-date',
	NoArticleDate = 'attache.no-article-date',
	KnowledgeBaseSyntax = 'attache.knowledge-base-syntax',
	/** A suggestion shown as a diagnostic (setting attache.suggestions.showAsDiagnostics). */
	Suggestion = 'attache.suggestion',
	/** One text annotated with different types in different articles. */
	InconsistentType = 'attache.inconsistent-type',
	/** A `ref` that no knowledge base of the workspace defines. */
	UnknownRef = 'attache.unknown-ref',
	/** A name or alias that two knowledge-base entities claim. */
	DuplicateAlias = 'attache.duplicate-alias',
	/** A file above attache.limits.maxFileSize: not read, no feature. */
	FileTooLarge = 'attache.file-too-large',
	/** A file above attache.limits.suggestionsMaxFileSize: no suggestions. */
	SuggestionsSkipped = 'attache.suggestions-skipped',
	/** Binary bytes, or text not in UTF-8: no feature. */
	NotText = 'attache.not-text',
	/** More problems than are shown in one file; says how many more. */
	TooManyProblems = 'attache.too-many-problems',
}
