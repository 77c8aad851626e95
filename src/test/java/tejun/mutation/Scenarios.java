package tejun.mutation;

import io.cucumber.messages.ndjson.Deserializer;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.TestStepResultStatus;
import io.cucumber.messages.types.Timestamp;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tejun.ScenarioRecords;
import tejun.records.ReachedRecord;
import tejun.records.RecordJson;

/**
 * The scenarios of a run as its Cucumber Messages record them: each one's feature file and line,
 * name, whether it passed, how long it took, and the model's files it reached ({@link
 * ReachedRecord}, attached by {@code tejun.hooks.ReachedStubs}), each relative to the stubs folder.
 */
final class Scenarios {
  /**
   * One scenario: {@code id} is its feature file (relative to the working directory when under it)
   * and line, {@code feature} the file itself.
   */
  record Scenario(
      String id,
      Path feature,
      URI uri,
      int line,
      String name,
      boolean passed,
      Duration time,
      Set<String> reached) {}

  private Scenarios() {}

  static List<Scenario> read(Path ndjson) throws IOException {
    Deserializer deserializer = new Deserializer();
    Map<String, String> pickleNames = new HashMap<>();
    Map<String, String> caseToPickle = new HashMap<>();
    Map<String, String> startedToCase = new HashMap<>();
    Map<String, Timestamp> startedAt = new HashMap<>();
    Map<String, Timestamp> finishedAt = new HashMap<>();
    Map<String, Boolean> retried = new HashMap<>();
    Map<String, Boolean> passed = new HashMap<>();
    Map<String, ReachedRecord> reached = new HashMap<>();
    List<String> order = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(ndjson, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        Envelope e = deserializer.readValue(line);
        e.getPickle().ifPresent(p -> pickleNames.put(p.getId(), p.getName()));
        e.getTestCase().ifPresent(c -> caseToPickle.put(c.getId(), c.getPickleId()));
        e.getTestCaseStarted()
            .ifPresent(
                s -> {
                  startedToCase.put(s.getId(), s.getTestCaseId());
                  startedAt.put(s.getId(), s.getTimestamp());
                  passed.put(s.getId(), true);
                  order.add(s.getId());
                });
        e.getTestStepFinished()
            .ifPresent(
                f -> {
                  if (f.getTestStepResult().getStatus() != TestStepResultStatus.PASSED) {
                    passed.put(f.getTestCaseStartedId(), false);
                  }
                });
        e.getTestCaseFinished()
            .ifPresent(
                f -> {
                  finishedAt.put(f.getTestCaseStartedId(), f.getTimestamp());
                  retried.put(f.getTestCaseStartedId(), f.getWillBeRetried());
                });
        e.getAttachment()
            .filter(a -> ScenarioRecords.REACHED_TYPE.equals(a.getMediaType()))
            .ifPresent(
                a ->
                    RecordJson.read(a.getBody(), ReachedRecord.class)
                        .ifPresent(
                            r -> a.getTestCaseStartedId().ifPresent(id -> reached.put(id, r))));
      }
    }
    List<Scenario> scenarios = new ArrayList<>();
    for (String started : order) {
      ReachedRecord record = reached.get(started);
      if (record == null || Boolean.TRUE.equals(retried.get(started))) {
        continue;
      }
      String name = pickleNames.getOrDefault(caseToPickle.get(startedToCase.get(started)), "");
      Set<String> files = new LinkedHashSet<>();
      for (ReachedRecord.Stub stub : record.stubs()) {
        if (!stub.file().isEmpty()) {
          files.add(stub.file());
        }
        stub.bodies().forEach(b -> files.add("__files/" + b));
      }
      URI uri = URI.create(record.uri());
      Path feature = feature(uri);
      Duration time =
          finishedAt.containsKey(started)
              ? Duration.ofSeconds(
                  finishedAt.get(started).getSeconds() - startedAt.get(started).getSeconds(),
                  finishedAt.get(started).getNanos() - startedAt.get(started).getNanos())
              : Duration.ZERO;
      scenarios.add(
          new Scenario(
              display(feature) + ":" + record.line(),
              feature,
              uri,
              record.line(),
              name,
              passed.getOrDefault(started, false),
              time,
              Set.copyOf(files)));
    }
    return scenarios;
  }

  /** The feature file of {@code uri} (a {@code file:} or {@code classpath:} URI). */
  static Path feature(URI uri) {
    if ("file".equals(uri.getScheme())) {
      return Path.of(uri);
    }
    String resource = uri.getSchemeSpecificPart().replaceFirst("^/", "");
    Path test = Path.of("src/test/resources").resolve(resource);
    return Files.exists(test) ? test : Path.of(resource);
  }

  static String display(Path file) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = file.toAbsolutePath().normalize();
    return (absolute.startsWith(here) ? here.relativize(absolute) : absolute)
        .toString()
        .replace('\\', '/');
  }
}
