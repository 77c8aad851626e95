package tejun.report;

import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleTableCell;
import io.cucumber.messages.types.Step;
import io.cucumber.messages.types.StepMatchArgument;
import io.cucumber.messages.types.StepMatchArgumentsList;
import io.cucumber.messages.types.TestCase;
import io.cucumber.messages.types.TestStep;
import io.cucumber.query.Query;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tejun.report.SentenceDictionary.Example;

/** Which feature steps the run matched to which step definitions, in the features' order. */
final class SentenceUses {
  static final int TABLE_ROWS_SHOWN = 3;

  private SentenceUses() {}

  /**
   * One feature step (by its Gherkin id: a background's or an outline's step is one step, however
   * many scenarios run it) matched to the definition {@code key}, with the values it gave.
   */
  record Use(
      String key,
      String uri,
      long line,
      String stepId,
      String keyword,
      PickleStep step,
      List<String> values) {
    Example example() {
      List<List<String>> table = new ArrayList<>();
      int rows = 0;
      var argument = step.getArgument();
      if (argument.flatMap(a -> a.getDataTable()).isPresent()) {
        var all = argument.get().getDataTable().get().getRows();
        rows = all.size();
        all.stream()
            .limit(TABLE_ROWS_SHOWN)
            .forEach(r -> table.add(r.getCells().stream().map(PickleTableCell::getValue).toList()));
      }
      String docString =
          argument.flatMap(a -> a.getDocString()).map(d -> d.getContent()).orElse("");
      return new Example(keyword, step.getText(), table, rows, docString, where(uri, line));
    }
  }

  /** {@code keyOfId}: each definition id's key (a parallel run gives a definition several ids). */
  static List<Use> in(Query query, Map<String, String> keyOfId) {
    List<Use> all = new ArrayList<>();
    for (TestCase testCase : query.findAllTestCases()) {
      String uri = query.findPickleBy(testCase).map(Pickle::getUri).orElse("");
      for (TestStep ts : testCase.getTestSteps()) {
        Optional<PickleStep> ps = query.findPickleStepBy(ts);
        Optional<Step> step = ps.flatMap(query::findStepBy);
        if (step.isEmpty()) {
          continue;
        }
        List<String> ids = ts.getStepDefinitionIds().orElse(List.of());
        List<StepMatchArgumentsList> args = ts.getStepMatchArgumentsLists().orElse(List.of());
        for (int i = 0; i < ids.size(); i++) {
          all.add(
              new Use(
                  keyOfId.getOrDefault(ids.get(i), ids.get(i)),
                  uri,
                  step.get().getLocation().getLine(),
                  step.get().getId(),
                  step.get().getKeyword().strip(),
                  ps.get(),
                  i < args.size() ? values(args.get(i)) : List.of()));
        }
      }
    }
    // The features' order, whatever order a parallel run took them in.
    all.sort(Comparator.comparing(Use::uri).thenComparingLong(Use::line));
    return all;
  }

  private static List<String> values(StepMatchArgumentsList args) {
    return args.getStepMatchArguments().stream()
        .map(StepMatchArgument::getGroup)
        .map(g -> g.getValue().orElse(""))
        .toList();
  }

  /** The folder of a feature file, as {@link #where} names it. */
  static String folder(String uri) {
    return where(uri.substring(0, Math.max(0, uri.lastIndexOf('/'))), 0);
  }

  /**
   * A file's path from the working folder (the project's) when under it, else from its {@code
   * features} folder when it has one; and the line.
   */
  static String where(String uri, long line) {
    String path = uri;
    if (uri.startsWith("file:")) {
      Path file = Path.of(URI.create(uri));
      Path here = Path.of("").toAbsolutePath();
      path = (file.startsWith(here) ? here.relativize(file) : file).toString().replace('\\', '/');
      int features = path.lastIndexOf("/features/");
      path = path.startsWith("/") && features >= 0 ? path.substring(features + 1) : path;
    }
    return line > 0 ? path + ":" + line : path;
  }
}
