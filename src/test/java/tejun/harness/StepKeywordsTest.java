package tejun.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cucumber.core.cli.Main;
import io.cucumber.java.ja.ならば;
import io.cucumber.java.ja.もし;
import io.cucumber.java.ja.前提;
import io.cucumber.messages.ndjson.Deserializer;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.JavaMethod;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleStepType;
import io.cucumber.messages.types.Step;
import io.cucumber.messages.types.TestStep;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feature line's keyword says what it does: 前提 a precondition, もし an action, ならば a check, and かつ
 * continues the line before with the same kind. Cucumber runs every keyword alike, so this dry run
 * over every feature compares each line's kind (its keyword, or the one its かつ continues) with the
 * annotation of the step definition it runs.
 */
class StepKeywordsTest {
  /** The procedures, and the fixture site's. */
  private static final List<String> FEATURES =
      List.of("features", "src/test/resources/tejun/fixture/features");

  @TempDir Path dir;

  /** What a step definition's annotation declares its sentences to be. */
  enum Kind {
    PRECONDITION("前提", PickleStepType.CONTEXT),
    ACTION("もし", PickleStepType.ACTION),
    CHECK("ならば", PickleStepType.OUTCOME);

    final String keyword;
    final PickleStepType lineType;

    Kind(String keyword, PickleStepType lineType) {
      this.keyword = keyword;
      this.lineType = lineType;
    }

    static Optional<Kind> of(Method method) {
      Optional<Kind> kind = Optional.empty();
      for (Annotation a : method.getAnnotations()) {
        Optional<Kind> k =
            a instanceof 前提
                ? Optional.of(PRECONDITION)
                : a instanceof もし
                    ? Optional.of(ACTION)
                    : a instanceof ならば ? Optional.of(CHECK) : Optional.empty();
        kind = k.isPresent() ? k : kind;
      }
      return kind;
    }

    /**
     * A precondition may be set up by doing something (a background that opens a site's page), so
     * an action may stand on a 前提 line; a check never hides behind 前提 or もし.
     */
    boolean fits(PickleStepType line) {
      return line == lineType || (this == ACTION && line == PickleStepType.CONTEXT);
    }
  }

  @Test
  void aPreconditionMayBeAnAction() {
    assertEquals(true, Kind.ACTION.fits(PickleStepType.CONTEXT));
    assertEquals(false, Kind.CHECK.fits(PickleStepType.ACTION));
    assertEquals(false, Kind.PRECONDITION.fits(PickleStepType.OUTCOME));
    assertEquals(false, Kind.ACTION.fits(PickleStepType.OUTCOME));
  }

  @Test
  void everyLinesKeywordSaysWhatItsStepDoes() throws Exception {
    Path ndjson = dir.resolve("dry-run.ndjson");
    List<String> args =
        new ArrayList<>(
            List.of(
                "--dry-run", "--monochrome", "--glue", "tejun", "--plugin", "message:" + ndjson));
    args.addAll(FEATURES);
    Main.run(args.toArray(String[]::new), StepKeywordsTest.class.getClassLoader());
    List<Envelope> envelopes = read(ndjson);

    Map<String, Step> lines = new HashMap<>();
    Map<String, String> uriOfLine = new HashMap<>();
    Map<String, PickleStep> pickleSteps = new HashMap<>();
    Map<String, JavaMethod> definitions = new HashMap<>();
    for (Envelope e : envelopes) {
      e.getGherkinDocument()
          .ifPresent(
              d ->
                  steps(d)
                      .forEach(
                          s -> {
                            lines.put(s.getId(), s);
                            uriOfLine.put(s.getId(), d.getUri().orElse(""));
                          }));
      e.getPickle()
          .map(Pickle::getSteps)
          .ifPresent(ss -> ss.forEach(s -> pickleSteps.put(s.getId(), s)));
      e.getStepDefinition()
          .ifPresent(
              d ->
                  d.getSourceReference()
                      .getJavaMethod()
                      .ifPresent(m -> definitions.put(d.getId(), m)));
    }
    Set<String> problems = new LinkedHashSet<>();
    for (Envelope e : envelopes) {
      if (e.getTestCase().isEmpty()) {
        continue;
      }
      for (TestStep t : e.getTestCase().get().getTestSteps()) {
        if (t.getPickleStepId().isEmpty()) {
          continue;
        }
        PickleStep pickleStep = pickleSteps.get(t.getPickleStepId().get());
        String lineId = pickleStep.getAstNodeIds().get(0);
        Step line = lines.get(lineId);
        String where =
            uriOfLine.get(lineId)
                + ":"
                + line.getLocation().getLine()
                + " "
                + line.getKeyword()
                + line.getText();
        List<String> ids = t.getStepDefinitionIds().orElse(List.of());
        if (ids.size() != 1) {
          problems.add(where + ": matches " + ids.size() + " step definitions");
          continue;
        }
        Method method = method(definitions.get(ids.get(0)));
        Optional<Kind> kind = Kind.of(method);
        if (kind.isEmpty()) {
          problems.add(
              method.getDeclaringClass().getSimpleName()
                  + "."
                  + method.getName()
                  + ": annotate it with @前提, @もし or @ならば, by what it does");
        } else if (!kind.get().fits(pickleStep.getType().orElse(PickleStepType.UNKNOWN))) {
          problems.add(
              where
                  + ": its step ("
                  + method.getDeclaringClass().getSimpleName()
                  + "."
                  + method.getName()
                  + ") is a "
                  + kind.get().keyword
                  + " step; write the line with "
                  + kind.get().keyword);
        }
      }
    }
    assertEquals(
        List.of(), List.copyOf(problems), "feature lines whose keyword hides what they do");
  }

  private static Stream<Step> steps(GherkinDocument d) {
    return d.getFeature().stream().flatMap(f -> children(f.getChildren()));
  }

  private static Stream<Step> children(List<FeatureChild> children) {
    return children.stream()
        .flatMap(
            c ->
                Stream.of(
                        c.getBackground().map(b -> b.getSteps().stream()).orElse(Stream.empty()),
                        c.getScenario().map(s -> s.getSteps().stream()).orElse(Stream.empty()),
                        c.getRule()
                            .map(
                                r ->
                                    r.getChildren().stream()
                                        .flatMap(
                                            rc ->
                                                Stream.concat(
                                                    rc.getBackground()
                                                        .map(b -> b.getSteps().stream())
                                                        .orElse(Stream.empty()),
                                                    rc.getScenario()
                                                        .map(s -> s.getSteps().stream())
                                                        .orElse(Stream.empty()))))
                            .orElse(Stream.empty()))
                    .flatMap(s -> s));
  }

  private static Method method(JavaMethod m) throws Exception {
    Class<?> type = Class.forName(m.getClassName(), false, StepKeywordsTest.class.getClassLoader());
    for (Method method : type.getDeclaredMethods()) {
      if (method.getName().equals(m.getMethodName())
          && method.getParameterCount() == m.getMethodParameterTypes().size()) {
        return method;
      }
    }
    throw new NoSuchMethodException(m.getClassName() + "." + m.getMethodName());
  }

  private static List<Envelope> read(Path ndjson) throws Exception {
    Deserializer deserializer = new Deserializer();
    List<Envelope> envelopes = new ArrayList<>();
    for (String line : Files.readAllLines(ndjson, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        envelopes.add(deserializer.readValue(line));
      }
    }
    return envelopes;
  }
}
