/**
 * The support-staff report: {@link tejun.report.Report#render} and {@link tejun.report.ReportMain}
 * turn a Cucumber Messages ndjson file into 手順一覧 and one page per scenario. See README.md beside
 * this file.
 */
package tejun.report;
