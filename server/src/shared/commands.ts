/** Command ids contributed by the client (package.json `contributes.commands`). */
export const Commands = {
	openAsAnnotatedNews: 'attache.openAsAnnotatedNews',
	showOutput: 'attache.showOutput',
	restartServer: 'attache.restartServer',
} as const;

export const languageId = 'annotated-news';
