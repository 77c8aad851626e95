package tejun.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import tejun.ScenarioRecords;

/**
 * The screens of the last accepted run, which a report compares each screen with: {@code
 * screens.json} (each procedure by manual, name and example, each step by its words and the SHA-256
 * of the screen after it, with what that screen masks) and {@code images/<sha256>.png}.
 */
final class Baseline {
  static final String SCREENS = "screens.json";
  static final String IMAGES = "images";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * A step's screens, each by SHA-256 with what it masks: {@code before} it acted (null when it
   * acted on nothing) and after it ({@code image}, null when it had none).
   */
  record Step(
      String step,
      String before,
      List<List<Integer>> beforeMasks,
      String image,
      List<List<Integer>> masks) {}

  record Procedure(String manual, String procedure, String example, List<Step> steps) {
    ProcedureKey key() {
      return new ProcedureKey(manual, procedure, example == null ? "" : example);
    }
  }

  record Screens(List<Procedure> procedures) {}

  private final Path dir;
  private final Map<ProcedureKey, Procedure> procedures = new LinkedHashMap<>();

  private Baseline(Path dir, List<Procedure> procedures) {
    this.dir = dir;
    procedures.forEach(p -> this.procedures.put(p.key(), p));
  }

  /** The baseline in {@code dir}; none when the folder holds no accepted run. */
  static Optional<Baseline> load(Path dir) throws ReportInputException {
    Path file = dir.resolve(SCREENS);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      Screens screens = JSON.readValue(file.toFile(), Screens.class);
      if (screens.procedures() == null) {
        throw new IOException("no \"procedures\"");
      }
      return Optional.of(new Baseline(dir, screens.procedures()));
    } catch (IOException e) {
      throw new ReportInputException(
          file
              + ": 基準の画面一覧を読めません。`mvn -q compile exec:java@accept-baseline` で作り直してください"
              + " (unreadable baseline: accept a run again): "
              + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  Path dir() {
    return dir;
  }

  Optional<Procedure> procedure(ProcedureKey key) {
    return Optional.ofNullable(procedures.get(key));
  }

  Collection<Procedure> procedures() {
    return procedures.values();
  }

  byte[] image(String sha256) throws ReportInputException {
    Path file = dir.resolve(IMAGES).resolve(sha256 + ".png");
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ReportInputException(
          file
              + ": 基準の画像がありません。`mvn -q compile exec:java@accept-baseline` で作り直してください"
              + " (a baseline image is missing: accept a run again)");
    }
  }

  /** What accepting a run did. */
  record Accepted(int procedures, int screens, List<ProcedureKey> notPassed, int dropped) {}

  /**
   * Makes the run's passed procedures the baseline's, keeps the baseline's other procedures that
   * the features still hold (a run of one tag updates only its own), and drops the rest; a
   * procedure that did not pass keeps its earlier screens.
   */
  static Accepted accept(RunModel model, Path dir) throws ReportInputException, IOException {
    Map<ProcedureKey, Procedure> kept = new LinkedHashMap<>();
    load(dir).ifPresent(b -> kept.putAll(b.procedures));
    Path images = Files.createDirectories(dir.resolve(IMAGES));
    List<ProcedureKey> notPassed = new ArrayList<>();
    int accepted = 0;
    int screens = 0;
    for (ScenarioRun run : model.finalAttempts()) {
      ProcedureKey key = ProcedureKey.of(run);
      if (run.status != Status.PASSED) {
        notPassed.add(key);
        continue;
      }
      List<Step> steps = new ArrayList<>();
      for (StepScreens.StepScreen s : StepScreens.of(run)) {
        String before = keep(images, s.before());
        String after = keep(images, s.after());
        screens += (before == null ? 0 : 1) + (after == null ? 0 : 1);
        steps.add(
            new Step(
                s.key(),
                before,
                s.before() == null ? null : s.before().masks(),
                after,
                s.after() == null ? null : s.after().masks()));
      }
      kept.put(key, new Procedure(key.manual(), key.procedure(), key.example(), steps));
      accepted++;
    }
    Set<ProcedureKey> inFeatures = model.allProcedures();
    int before = kept.size();
    kept.keySet().retainAll(inFeatures);
    List<Procedure> sorted = new ArrayList<>(kept.values());
    sorted.sort(
        Comparator.comparing(Procedure::manual)
            .thenComparing(Procedure::procedure)
            .thenComparing(p -> p.example() == null ? "" : p.example()));
    JSON.writeValue(dir.resolve(SCREENS).toFile(), new Screens(sorted));
    removeUnused(images, sorted);
    return new Accepted(accepted, screens, notPassed, before - kept.size());
  }

  /** The screen's image in the baseline; its SHA-256, null for none. */
  private static String keep(Path images, StepScreens.Screen screen) throws IOException {
    if (screen == null) {
      return null;
    }
    String sha256 = ScenarioRecords.sha256(screen.png());
    Path image = images.resolve(sha256 + ".png");
    if (!Files.exists(image)) {
      Files.write(image, screen.png());
    }
    return sha256;
  }

  private static void removeUnused(Path images, List<Procedure> procedures) throws IOException {
    Set<String> used = new HashSet<>();
    procedures.forEach(
        p ->
            p.steps()
                .forEach(
                    s ->
                        Stream.of(s.before(), s.image())
                            .filter(Objects::nonNull)
                            .forEach(sha256 -> used.add(sha256 + ".png"))));
    try (DirectoryStream<Path> files = Files.newDirectoryStream(images, "*.png")) {
      for (Path f : files) {
        if (!used.contains(f.getFileName().toString())) {
          Files.delete(f);
        }
      }
    }
  }
}
