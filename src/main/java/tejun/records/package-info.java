/**
 * The JSON records the scenario hooks attach and the report reads, one type each, so that both
 * sides write and read the same fields (their media types and names are in {@link
 * tejun.ScenarioRecords}).
 */
package tejun.records;
