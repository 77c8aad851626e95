package tejun.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.messages.types.Attachment;
import io.cucumber.messages.types.PickleStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tejun.ScenarioRecords;
import tejun.Templates;
import tejun.records.ScreenTextRecord;

/**
 * The search across the whole report, offline from {@code file://}: a static index ({@link #DATA},
 * a script that sets one variable, since a page opened from a file may not fetch another) and a
 * page with a small script ({@code search.js}). It finds procedure titles, each step's words, and
 * what every screen said (the screenshot hook's {@code innerText}); each hit opens the procedure at
 * the step, with its screen.
 */
final class SearchPage {
  static final String FILE = "search.html";
  static final String DATA = "search-index.js";
  static final String SCRIPT = "search.js";

  /** One searchable text and where it is: a procedure, or a step of one. */
  record Entry(String kind, String text, List<Place> places) {}

  record Place(String procedure, String step, String href) {}

  record Model(String title, String stylesheet, String data, String script) {
    public boolean footer() {
      return true;
    }
  }

  private SearchPage() {}

  static String render() {
    return Templates.render("report/search", new Model("手順・画面の文字を検索", Report.CSS, DATA, SCRIPT));
  }

  /** The index: {@code window.TEJUN_SEARCH = [{kind, text, places: [{procedure, step, href}]}]}. */
  static String data(RunModel model) {
    Map<String, String> said = screenTexts(model);
    List<Entry> entries = new ArrayList<>();
    Map<String, Set<Place>> screens = new LinkedHashMap<>();
    for (ScenarioRun run : model.scenarios) {
      String procedure = run.title() + exampleOf(run);
      Place whole = new Place(procedure, "", run.pageName());
      entries.add(new Entry("手順", procedure, List.of(whole)));
      for (StepRun s : run.steps) {
        if (s.isHook()) {
          continue;
        }
        Place at = new Place(procedure, "手順 " + s.number + ": " + s.label, href(run, s));
        entries.add(new Entry("手順の文", words(s.pickleStep), List.of(at)));
        screenAfter(s)
            .map(a -> said.get(ScenarioRecords.sha256(Attachments.bytes(a))))
            .filter(text -> !text.isBlank())
            .ifPresent(text -> screens.computeIfAbsent(text, t -> new LinkedHashSet<>()).add(at));
      }
    }
    screens.forEach(
        (text, places) -> entries.add(new Entry("画面", text, firstPerProcedure(places))));
    try {
      return "window.TEJUN_SEARCH = " + new ObjectMapper().writeValueAsString(entries) + ";\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String exampleOf(ScenarioRun run) {
    return run.exampleSummary().isEmpty() ? "" : "［例: " + run.exampleSummary() + "］";
  }

  private static String href(ScenarioRun run, StepRun s) {
    return run.pageName() + "#" + s.anchor();
  }

  /** A screen shown at many steps of one procedure leads to the first of them. */
  private static List<Place> firstPerProcedure(Set<Place> places) {
    Map<String, Place> first = new LinkedHashMap<>();
    for (Place p : places) {
      first.putIfAbsent(p.procedure(), p);
    }
    return List.copyOf(first.values());
  }

  private static String words(PickleStep step) {
    return String.join("\n", QuotedWords.words(step));
  }

  private static Optional<Attachment> screenAfter(StepRun s) {
    return s.afterStepAttachments.stream()
        .filter(a -> ScenarioRecords.SCREENSHOT_NAME.equals(Attachments.name(a)))
        .filter(a -> Attachments.isImage(Attachments.mediaType(a)))
        .reduce((first, last) -> last);
  }

  /** What each screen said, by its image's SHA-256. */
  private static Map<String, String> screenTexts(RunModel model) {
    Map<String, String> said = new HashMap<>();
    for (ScenarioRun run : model.scenarios) {
      for (StepRun s : run.steps) {
        for (Attachment a : s.shownAttachments()) {
          if (ScenarioRecords.SCREEN_TEXT_TYPE.equals(Attachments.mediaType(a))) {
            Attachments.record(a, ScreenTextRecord.class)
                .ifPresent(r -> said.putIfAbsent(r.sha256(), r.text()));
          }
        }
      }
    }
    return said;
  }
}
