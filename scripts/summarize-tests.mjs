// Prints the closing "N passed, N failed" line (", N skipped" when tests were skipped) from Vitest's JSON report
// plus the typecheck, knip (unused code) and Biome lint results, each counted as one test.
// Exit code 1 when anything failed or the report is missing.
import { existsSync, readFileSync } from "node:fs";

const [reportPath, typecheckFailed, vitestStatus, unusedFailed = "0", lintFailed = "0"] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, "utf8"));
  passed = report.numPassedTests ?? 0;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  failed = (report.numFailedTests ?? 0) + countSuitesFailedOutsideTests(report);
} else {
  failed += 1;
}
for (const stepFailed of [typecheckFailed, unusedFailed, lintFailed]) {
  if (stepFailed === "1") failed += 1;
  else passed += 1;
}
if (vitestStatus !== "0" && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 ? 0 : 1);

/** Files that failed without a failing test (import error, failing hook): each counts as one failure. */
function countSuitesFailedOutsideTests(report) {
  return (report.testResults ?? []).filter((suite) => suite.status === "failed" && !(suite.assertionResults ?? []).some((test) => test.status === "failed"))
    .length;
}
