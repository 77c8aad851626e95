package tejun.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.messages.types.Attachment;
import io.cucumber.messages.types.AttachmentContentEncoding;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.TestCase;
import io.cucumber.messages.types.TestCaseStarted;
import io.cucumber.messages.types.TestRunFinished;
import io.cucumber.messages.types.TestRunHookFinished;
import io.cucumber.messages.types.TestStep;
import io.cucumber.messages.types.TestStepFinished;
import io.cucumber.messages.types.TestStepResult;
import io.cucumber.messages.types.TestStepResultStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample of the Cucumber compatibility kit renders, and its pages show every step, status,
 * attachment and hook failure the sample's messages hold (expectations computed from the messages).
 */
class CompatibilityKitTest {
  private static final Map<TestStepResultStatus, String> WORDS =
      Map.of(
          TestStepResultStatus.PASSED,
          "成功",
          TestStepResultStatus.FAILED,
          "失敗",
          TestStepResultStatus.SKIPPED,
          "未実行",
          TestStepResultStatus.UNDEFINED,
          "未定義",
          TestStepResultStatus.PENDING,
          "保留",
          TestStepResultStatus.AMBIGUOUS,
          "曖昧",
          TestStepResultStatus.UNKNOWN,
          "不明");

  static Stream<Path> samples() {
    return Kit.samples().stream();
  }

  @Test
  void theKitHasSamples() {
    assertTrue(
        Kit.samples().size() >= 40, "compatibility-kit samples found: " + Kit.samples().size());
  }

  @Test
  void outlineExamplesAreToldApartByTheirValues(@TempDir Path out) throws Exception {
    Report.Result result = Report.render(Kit.sample("examples-tables"), out);
    Document index = Pages.read(result.index());
    List<String> rows = index.select(".feature tbody th").eachText();
    assertTrue(rows.contains("Eating cucumbers 例: start = 12、eat = 5、left = 7"), rows.toString());
    assertTrue(rows.contains("Eating cucumbers 例: start = 20、eat = 5、left = 15"), rows.toString());
    Document page =
        result.pages().values().stream()
            .map(Pages::read)
            .filter(d -> d.select(".example-line").text().equals("例: start = 12、eat = 5、left = 7"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("a page naming its example under the title"));
    assertTrue(
        page.title().startsWith("Eating cucumbers［例: start = 12、eat = 5、left = 7］"), page.title());
  }

  /** A parallel run starts scenarios in any order; the index lists them in the manual's order. */
  @Test
  void indexListsScenariosInTheManualsOrderWhateverOrderTheyRanIn(@TempDir Path out)
      throws Exception {
    Path sample = Kit.sample("examples-tables");
    List<String> inOrder =
        Pages.read(Report.render(sample, out.resolve("a")).index())
            .select(".feature tbody th")
            .eachText();
    // The same run with its test cases' messages (TestCaseStarted … TestCaseFinished) in reverse
    // order.
    List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8);
    List<List<String>> cases = new java.util.ArrayList<>();
    List<String> before = new java.util.ArrayList<>();
    List<String> after = new java.util.ArrayList<>();
    List<String> current = null;
    for (String line : lines) {
      if (line.startsWith("{\"testCaseStarted\"")) {
        current = new java.util.ArrayList<>();
        cases.add(current);
      }
      (current != null ? current : cases.isEmpty() ? before : after).add(line);
      if (line.startsWith("{\"testCaseFinished\"")) {
        current = null;
      }
    }
    assertTrue(cases.size() >= 4, "test cases: " + cases.size());
    java.util.Collections.reverse(cases);
    List<String> reversed = new java.util.ArrayList<>(before);
    cases.forEach(reversed::addAll);
    reversed.addAll(after);
    Path shuffled = Files.write(out.resolve("reversed.ndjson"), reversed, StandardCharsets.UTF_8);
    List<String> rows =
        Pages.read(Report.render(shuffled, out.resolve("b")).index())
            .select(".feature tbody th")
            .eachText();
    assertEquals(inOrder, rows);
    assertTrue(
        rows.indexOf("Eating cucumbers 例: start = 12、eat = 5、left = 7")
            < rows.indexOf("Eating cucumbers 例: start = 20、eat = 5、left = 15"),
        rows.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void rendersEveryStepStatusAttachmentAndHookFailure(Path ndjson, @TempDir Path out)
      throws Exception {
    Report.Result result = Report.render(ndjson, out);
    Messages m = new Messages(MessageReader.read(ndjson));
    Document index = Pages.read(result.index());

    for (TestCaseStarted started : m.started) {
      Path page = result.pages().get(started.getId());
      assertNotNull(page, "a page for test case started " + started.getId());
      assertFalse(
          index.select("a[href=" + page.getFileName() + "]").isEmpty(), "index links " + page);
      Document doc = Pages.read(page);
      TestCase testCase = m.testCases.get(started.getTestCaseId());
      Pickle pickle = m.pickles.get(testCase.getPickleId());
      assertTrue(
          doc.select("h1").text().contains(Pages.norm(pickle.getName())),
          "title " + pickle.getName());
      for (TestStep step : testCase.getTestSteps()) {
        TestStepFinished finished = m.stepResults.get(started.getId() + "/" + step.getId());
        TestStepResult r = finished == null ? null : finished.getTestStepResult();
        String word = r == null ? "不明" : WORDS.get(r.getStatus());
        if (step.getPickleStepId().isPresent()) {
          PickleStep ps =
              pickle.getSteps().stream()
                  .filter(s -> s.getId().equals(step.getPickleStepId().get()))
                  .findFirst()
                  .orElseThrow();
          assertTrue(
              doc.select("li.step").stream().anyMatch(li -> shows(li, ps.getText(), word)),
              page + ": step \"" + ps.getText() + "\" shown as " + word);
        } else if (r != null && r.getStatus() != TestStepResultStatus.PASSED) {
          assertTrue(
              doc.select("li.step.hook .badge").stream().anyMatch(b -> b.text().contains(word)),
              page + ": hook with status " + word);
          r.getMessage()
              .ifPresent(
                  msg ->
                      assertTrue(
                          Pages.norm(doc.text()).contains(firstLine(msg)),
                          page + ": hook failure message " + msg));
        }
      }
    }
    for (Attachment a : m.attachments) {
      Document where =
          a.getTestCaseStartedId().map(id -> Pages.read(result.pages().get(id))).orElse(index);
      assertShown(where, a, out);
    }
    for (TestRunHookFinished hook : m.runHookResults) {
      TestStepResult r = hook.getResult();
      if (r.getStatus() != TestStepResultStatus.PASSED) {
        assertTrue(
            index.select(".run-hook .badge").text().contains(WORDS.get(r.getStatus())),
            "run hook status " + r.getStatus());
        r.getMessage()
            .ifPresent(
                msg ->
                    assertTrue(
                        Pages.norm(index.text()).contains(firstLine(msg)),
                        "run hook message " + msg));
      }
    }
    if (m.runFinished != null) {
      m.runFinished
          .getMessage()
          .ifPresent(
              msg ->
                  assertTrue(
                      Pages.norm(index.text()).contains(firstLine(msg)),
                      "test run message " + msg));
    }
    for (Pickle p : m.pickles.values()) {
      assertTrue(
          Pages.norm(index.text()).contains(Pages.norm(p.getName())), "index names " + p.getName());
    }
    assertSelfContained(out);
  }

  private static boolean shows(Element li, String text, String word) {
    return Pages.norm(li.select(".step-text").text()).equals(Pages.norm(text))
        && li.select(".step-result .badge").text().contains(word);
  }

  static void assertShown(Document doc, Attachment a, Path out) throws Exception {
    String type = a.getMediaType().toLowerCase(Locale.ROOT).replaceFirst(";.*", "").strip();
    byte[] bytes =
        a.getContentEncoding() == AttachmentContentEncoding.BASE64
            ? Base64.getMimeDecoder().decode(a.getBody())
            : a.getBody().getBytes(StandardCharsets.UTF_8);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    String where = doc.location() + ": attachment " + type + " " + a.getFileName().orElse("");
    if (type.startsWith("image/")) {
      Element img = doc.selectFirst("img[src^=files/" + sha + ".]");
      assertNotNull(img, where + " shown as an image");
      assertArrayEquals(
          bytes, Files.readAllBytes(out.resolve(img.attr("src"))), where + " stored as is");
    } else if (type.equals("text/uri-list")) {
      for (String uri : new String(bytes, StandardCharsets.UTF_8).split("\\R")) {
        if (!uri.isBlank() && !uri.startsWith("#")) {
          assertTrue(Pages.norm(doc.text()).contains(uri.strip()), where + " lists " + uri);
        }
      }
    } else if (type.equals("text/html")) {
      assertNotNull(doc.selectFirst("a[href=files/" + sha + ".source.html]"), where + " linked");
      assertTrue(Files.exists(out.resolve("files/" + sha + ".source.html")), where + " stored");
    } else if (type.startsWith("text/")
        || type.equals("application/json")
        || type.endsWith("+json")) {
      String text =
          Pages.norm(
              Pages.controlPictures(Pages.ansiFree(new String(bytes, StandardCharsets.UTF_8))));
      assertTrue(Pages.norm(doc.text()).contains(text), where + " shows its text: " + text);
    } else {
      Element link = doc.selectFirst("a[href^=files/" + sha + ".]");
      assertNotNull(link, where + " linked for download");
      assertArrayEquals(
          bytes, Files.readAllBytes(out.resolve(link.attr("href"))), where + " stored as is");
    }
  }

  /**
   * Nothing a page loads comes from outside the report folder, and nothing is inlined as base64.
   */
  static void assertSelfContained(Path out) throws Exception {
    try (Stream<Path> files = Files.walk(out)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        String html = Files.readString(p, StandardCharsets.UTF_8);
        assertFalse(html.contains("data:"), p + " has a data: URI");
        Document doc = Pages.read(p);
        // Only the search runs a script, of the report's own files: nothing inline.
        if (p.getFileName().toString().equals(SearchPage.FILE)) {
          for (Element script : doc.select("script")) {
            assertTrue(script.hasAttr("src") && script.data().isBlank(), p + " has inline script");
          }
        } else {
          assertFalse(html.contains("<script"), p + " has a script");
        }
        for (Element e :
            doc.select(
                "img[src], link[href], script[src], iframe, object, embed, video, audio, source")) {
          String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
          assertFalse(
              url.isEmpty() || url.contains(":") || url.startsWith("/"), p + " loads " + url);
          assertTrue(Files.exists(p.getParent().resolve(url)), p + " loads a missing file " + url);
        }
      }
    }
  }

  static String firstLine(String s) {
    return Pages.norm(s.strip().split("\\R")[0]);
  }

  /**
   * The messages of one run, indexed for the expectations (independently of the renderer's own
   * index).
   */
  static final class Messages {
    final Map<String, Pickle> pickles = new HashMap<>();
    final Map<String, TestCase> testCases = new HashMap<>();
    final List<TestCaseStarted> started;
    final Map<String, TestStepFinished> stepResults = new HashMap<>();
    final List<Attachment> attachments;
    final List<TestRunHookFinished> runHookResults;
    final TestRunFinished runFinished;

    Messages(List<Envelope> envelopes) {
      envelopes.forEach(
          e -> {
            e.getPickle().ifPresent(p -> pickles.put(p.getId(), p));
            e.getTestCase().ifPresent(t -> testCases.put(t.getId(), t));
            e.getTestStepFinished()
                .ifPresent(
                    f -> stepResults.put(f.getTestCaseStartedId() + "/" + f.getTestStepId(), f));
          });
      started = envelopes.stream().flatMap(e -> e.getTestCaseStarted().stream()).toList();
      attachments = envelopes.stream().flatMap(e -> e.getAttachment().stream()).toList();
      runHookResults =
          envelopes.stream().flatMap(e -> e.getTestRunHookFinished().stream()).toList();
      runFinished =
          envelopes.stream().flatMap(e -> e.getTestRunFinished().stream()).findFirst().orElse(null);
      Set<String> ids = new HashSet<>();
      started.forEach(s -> assertTrue(ids.add(s.getId()), "unique test case started ids"));
    }
  }
}
