package tejun.mutation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tejun.mutation.Mutants.Result;
import tejun.mutation.Scenarios.Scenario;

/**
 * The run in the open mutation-testing report schema (schemaVersion 1, as Stryker's
 * mutation-testing-elements viewer reads it): each mutated file of the model with its source and
 * mutants (id, mutatorName, replacement, description, location with 1-based lines and columns,
 * status, statusReason, coveredBy and killedBy naming scenarios), and the scenarios as tests of
 * their feature files.
 */
final class MutantsJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private MutantsJson() {}

  static void write(Mutants.Outcome outcome, Path stubs, Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put(
        "$schema",
        "https://raw.githubusercontent.com/stryker-mutator/mutation-testing-elements/master/packages/report-schema/src/mutation-testing-report-schema.json");
    root.put("schemaVersion", "1");
    root.putObject("thresholds").put("high", 80).put("low", 60);
    root.put("projectRoot", Path.of("").toAbsolutePath().toString());
    ObjectNode files = root.putObject("files");
    String prefix = Scenarios.display(stubs) + "/";
    for (Map.Entry<String, String> source : outcome.sources().entrySet()) {
      ObjectNode f = files.putObject(prefix + source.getKey());
      f.put("language", source.getKey().endsWith(".json") ? "json" : "html");
      f.put("source", source.getValue());
      f.putArray("mutants");
    }
    for (Result r : outcome.results()) {
      ArrayNode mutants = (ArrayNode) files.get(prefix + r.mutant().file()).get("mutants");
      ObjectNode m = mutants.addObject();
      m.put("id", Integer.toString(r.id()));
      m.put("mutatorName", r.mutant().operator().name());
      m.put("replacement", r.mutant().replacement());
      m.put("description", r.mutant().description());
      ObjectNode location = m.putObject("location");
      location.putObject("start").put("line", r.line()).put("column", r.column());
      location.putObject("end").put("line", r.endLine()).put("column", r.endColumn());
      m.put("status", r.status().name());
      m.put("statusReason", r.assumption().map(a -> r.reason() + "。想定: " + a).orElse(r.reason()));
      ArrayNode covered = m.putArray("coveredBy");
      r.coveredBy().forEach(s -> covered.add(s.id()));
      ArrayNode killed = m.putArray("killedBy");
      r.killedBy().forEach(killed::add);
      m.put("duration", r.time().toMillis());
    }
    ObjectNode testFiles = root.putObject("testFiles");
    for (Scenario s : outcome.baseline()) {
      String feature = Scenarios.display(s.feature());
      ObjectNode t = (ObjectNode) testFiles.get(feature);
      if (t == null) {
        t = testFiles.putObject(feature);
        t.putArray("tests");
      }
      ObjectNode test = ((ArrayNode) t.get("tests")).addObject();
      test.put("id", s.id());
      test.put("name", s.name());
      test.putObject("location").putObject("start").put("line", s.line()).put("column", 1);
    }
    ObjectNode performance = root.putObject("performance");
    performance.put("setup", 0);
    performance.put("initialRun", outcome.baselineTime().toMillis());
    performance.put("mutation", outcome.total().minus(outcome.baselineTime()).toMillis());
    Files.createDirectories(file.getParent());
    JSON.writeValue(file.toFile(), root);
  }
}
