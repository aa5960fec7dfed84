/** Command ids contributed by the client (package.json `contributes.commands`). */
export const Commands = {
	openAsAnnotatedNews: 'attache.openAsAnnotatedNews',
	showOutput: 'attache.showOutput',
	restartServer: 'attache.restartServer',
	// The editing commands (client/src/commands/).
	annotateAs: 'attache.annotateAs',
	annotateAsPerson: 'attache.annotateAsPerson',
	annotateAsOrganization: 'attache.annotateAsOrganization',
	annotateAsPlace: 'attache.annotateAsPlace',
	annotateAsDate: 'attache.annotateAsDate',
	annotateAsRole: 'attache.annotateAsRole',
	acceptSuggestion: 'attache.acceptSuggestion',
	acceptAllSuggestions: 'attache.acceptAllSuggestions',
	acceptAllPersonSuggestions: 'attache.acceptAllPersonSuggestions',
	acceptAllOrganizationSuggestions: 'attache.acceptAllOrganizationSuggestions',
	acceptAllPlaceSuggestions: 'attache.acceptAllPlaceSuggestions',
	acceptAllDateSuggestions: 'attache.acceptAllDateSuggestions',
	acceptEntityInWorkspace: 'attache.acceptEntityInWorkspace',
	nextSuggestion: 'attache.nextSuggestion',
	previousSuggestion: 'attache.previousSuggestion',
	annotateOccurrencesInFile: 'attache.annotateOccurrencesInFile',
	annotateOccurrencesInWorkspace: 'attache.annotateOccurrencesInWorkspace',
	removeAnnotation: 'attache.removeAnnotation',
	changeType: 'attache.changeType',
	setDateValue: 'attache.setDateValue',
	linkToEntity: 'attache.linkToEntity',
	addToKnowledgeBase: 'attache.addToKnowledgeBase',
	ignoreSuggestion: 'attache.ignoreSuggestion',
	convertPlainArticle: 'attache.convertPlainArticle',
	// Interchange (client/src/interchange/).
	exportFile: 'attache.exportFile',
	exportWorkspace: 'attache.exportWorkspace',
	importFiles: 'attache.import',
	compareAnnotations: 'attache.compareAnnotations',
	// The Entities view (client/src/entitiesView.ts).
	entitiesFilter: 'attache.entities.filter',
	entitiesClearFilter: 'attache.entities.clearFilter',
	/** Internal, for the real-editor tests: the Entities view as plain data. Hidden from the palette. */
	entitiesSnapshot: 'attache.entities.snapshot',
	// The corpus views (client/src/views/).
	showNetwork: 'attache.showNetwork',
	showTimeline: 'attache.showTimeline',
	/** Internal (keyboard, real-editor tests): select a node or an item of the open view by id; export the network's picture. */
	networkSelect: 'attache.network.select',
	networkExportImage: 'attache.network.exportImage',
	timelineSelect: 'attache.timeline.select',
	/** Run by the code lenses of a knowledge base with (uri, position): shows the references of the entry there. */
	showReferences: 'attache.showReferences',
	// The article preview (client/src/preview/).
	showPreview: 'attache.showPreview',
	showPreviewToSide: 'attache.showPreviewToSide',
} as const;

export const languageId = 'annotated-news';
