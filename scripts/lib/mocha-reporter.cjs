// Mocha's spec reporter, plus a JSON summary file ({passed, failed, pending}) that scripts/test.mjs adds up.
// A pending (skipped) test counts as a failure there: a skipped test must not hide one that fails.
// Mocha prints "N passing / N failing"; CI reads "N passed, N failed", which test.mjs prints from these counts.
const fs = require('node:fs');
const Mocha = require('mocha');

class SpecWithSummary extends Mocha.reporters.Spec {
	constructor(runner, options) {
		super(runner, options);
		const file = options && options.reporterOptions && options.reporterOptions.summary;
		runner.once('end', () => {
			if (file) {
				const s = runner.stats || {};
				fs.writeFileSync(file, JSON.stringify({ passed: s.passes || 0, failed: s.failures || 0, pending: s.pending || 0 }));
			}
		});
	}
}

module.exports = SpecWithSummary;
