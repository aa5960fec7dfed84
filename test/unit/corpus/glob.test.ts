import * as assert from 'node:assert/strict';
import { globMatcher } from '../../../server/src/shared/glob';

suite('knowledge-base glob', () => {
	test('** matches any folders, none included; braces, stars, question marks and classes', () => {
		const kb = globMatcher('**/entities.{yaml,yml}');
		assert.deepEqual(
			['entities.yaml', 'a/b/entities.yml', 'a/entities.yaml.bak', 'xentities.yaml', 'a\\entities.yaml'].map(kb),
			[true, true, false, false, true],
		);
		const folder = globMatcher('./kb/*.yaml');
		assert.deepEqual(['kb/people.yaml', 'kb/sub/people.yaml', 'people.yaml'].map(folder), [true, false, false]);
		assert.deepEqual(['kb/a1.yml', 'kb/ab.yml', 'kb/a.yml'].map(globMatcher('kb/a[0-9].y?l')), [true, false, false]);
		assert.equal(globMatcher('data/**')('data/x/y/z.yaml'), true);
		assert.equal(globMatcher('a+b (1).yaml')('a+b (1).yaml'), true, 'regular expression characters are literal');
	});
});
