package tejun.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tejun.Templates;

/**
 * Each manual's coverage: its sections in the manual's order (from its {@link ManualToc}), each
 * with the scenarios of this run whose {@code 出典:} lines cite it, the sections none does, the
 * headings cited that its table of contents lacks, the {@code # 想定:} notes of the features citing
 * it, and the words it quotes from its screens ({@link QuotedWords}), where it has them.
 */
final class Coverage {
  private final List<Manual> manuals = new ArrayList<>();
  private final Map<String, List<Optional<String>>> pagesByFeature = new LinkedHashMap<>();

  record ScenarioLink(String title, String href, Status status) {}

  /** A section; {@code chapterRows}: on a chapter's first section, how many sections it has. */
  record Row(
      String chapter, int chapterRows, String heading, String page, List<ScenarioLink> scenarios) {
    public boolean covered() {
      return !scenarios.isEmpty();
    }
  }

  /** A line of the index: how much of this manual the run's scenarios transcribe. */
  record Summary(
      String title,
      String href,
      int sections,
      int covered,
      int uncovered,
      int assumptions,
      QuotedWords.Table quotes) {}

  private record Manual(
      ManualToc toc,
      String pageName,
      List<Row> rows,
      List<ScenarioLink> wholeManual,
      List<String> unknownHeadings,
      List<FeatureInfo.Assumption> assumptions,
      boolean inRun,
      QuotedWords.Table quotes) {}

  /** What {@code report/coverage.hbs} reads. */
  record Page(
      String title,
      String stylesheet,
      ManualToc toc,
      String tocFile,
      List<Row> rows,
      List<Row> uncovered,
      List<ScenarioLink> wholeManual,
      List<String> unknownHeadings,
      List<FeatureInfo.Assumption> assumptions,
      boolean inRun,
      QuotedWords.Table quotes) {
    public boolean footer() {
      return true;
    }

    public int uncoveredCount() {
      return uncovered.size();
    }
  }

  Coverage(List<ManualToc> tocs, RunModel model) {
    this(tocs, List.of(), new StubScreens(null), model);
  }

  /** {@code quotes}: each already matched to one of {@code tocs} ({@link ManualQuotes#under}). */
  Coverage(List<ManualToc> tocs, List<ManualQuotes> quotes, StubScreens screens, RunModel model) {
    int n = 0;
    for (ManualToc toc : tocs) {
      Optional<ManualQuotes> words =
          quotes.stream()
              .filter(q -> Citation.normal(q.title()).equals(Citation.normal(toc.title())))
              .findFirst();
      manuals.add(manual(toc, "coverage-" + (++n) + ".html", model, words, screens));
    }
    for (FeatureInfo f : model.features.values()) {
      List<Optional<String>> pages = new ArrayList<>();
      for (Citation c : Citation.of(f.references())) {
        pages.add(c.manual().flatMap(this::find).map(Manual::pageName));
      }
      pagesByFeature.put(f.uri(), pages);
    }
  }

  private Optional<Manual> find(String title) {
    return manuals.stream()
        .filter(m -> Citation.normal(m.toc().title()).equals(Citation.normal(title)))
        .findFirst();
  }

  private static Manual manual(
      ManualToc toc,
      String pageName,
      RunModel model,
      Optional<ManualQuotes> quotes,
      StubScreens screens) {
    String title = Citation.normal(toc.title());
    Map<ManualToc.Section, Set<ScenarioLink>> bySection = new LinkedHashMap<>();
    toc.sections().forEach(s -> bySection.put(s, new LinkedHashSet<>()));
    Set<ScenarioLink> whole = new LinkedHashSet<>();
    Set<String> unknown = new LinkedHashSet<>();
    List<FeatureInfo.Assumption> assumptions = new ArrayList<>();
    List<ScenarioRun> citing = new ArrayList<>();
    boolean inRun = false;
    for (FeatureInfo f : model.features.values()) {
      // The feature's scenarios as run, and those the run never started (shown without a page).
      List<ScenarioLink> runs = new ArrayList<>();
      model.finalAttempts().stream()
          .filter(s -> s.feature.uri().equals(f.uri()))
          .map(Coverage::link)
          .forEach(runs::add);
      model.notStarted.stream()
          .filter(p -> p.getUri().equals(f.uri()))
          .map(p -> new ScenarioLink(p.getName(), null, Status.SKIPPED))
          .forEach(runs::add);
      boolean cites = false;
      for (Citation c : Citation.of(f.references())) {
        if (c.manual().map(Citation::normal).filter(title::equals).isEmpty()) {
          continue;
        }
        cites = true;
        if (c.headings().isEmpty()) {
          whole.addAll(runs);
        }
        for (String heading : c.headings()) {
          List<ManualToc.Section> sections = toc.sections(heading);
          if (sections.isEmpty()) {
            unknown.add("「" + heading + "」（" + FeatureInfo.fileName(f.uri()) + ".feature）");
          }
          sections.forEach(s -> bySection.get(s).addAll(runs));
        }
      }
      if (cites) {
        inRun = true;
        assumptions.addAll(f.assumptions());
        model.finalAttempts().stream()
            .filter(s -> s.feature.uri().equals(f.uri()))
            .forEach(citing::add);
      }
    }
    List<Row> rows = new ArrayList<>();
    List<ManualToc.Section> sections = toc.sections();
    for (int i = 0; i < sections.size(); i++) {
      ManualToc.Section s = sections.get(i);
      String chapter = s.chapter() == null ? "" : s.chapter();
      boolean first = i == 0 || !chapter.equals(String.valueOf(sections.get(i - 1).chapter()));
      int span = 0;
      for (int j = i; first && j < sections.size(); j++) {
        if (!chapter.equals(String.valueOf(sections.get(j).chapter()))) {
          break;
        }
        span++;
      }
      rows.add(
          new Row(
              chapter,
              span,
              s.heading(),
              s.page() == null ? null : "p." + s.page(),
              List.copyOf(bySection.get(s))));
    }
    return new Manual(
        toc,
        pageName,
        rows,
        List.copyOf(whole),
        List.copyOf(unknown),
        assumptions,
        inRun,
        quotes.map(q -> QuotedWords.of(q, toc, citing, screens)).orElse(null));
  }

  static ScenarioLink link(ScenarioRun s) {
    String example = s.exampleSummary().isEmpty() ? "" : "（例: " + s.exampleSummary() + "）";
    return new ScenarioLink(s.title() + example, s.pageName(), s.status);
  }

  /** For each 出典 line of the feature, the coverage page of the manual it cites, if any. */
  List<Optional<String>> pagesFor(FeatureInfo feature) {
    return pagesByFeature.getOrDefault(feature.uri(), List.of());
  }

  List<Summary> summaries() {
    return manuals.stream()
        .map(
            m -> {
              int covered = (int) m.rows().stream().filter(Row::covered).count();
              return new Summary(
                  m.toc().title(),
                  m.pageName(),
                  m.rows().size(),
                  covered,
                  m.rows().size() - covered,
                  m.assumptions().size(),
                  m.quotes());
            })
        .toList();
  }

  /** Each manual's page, by file name. */
  Map<String, String> render() {
    Map<String, String> pages = new LinkedHashMap<>();
    for (Manual m : manuals) {
      pages.put(
          m.pageName(),
          Templates.render(
              "report/coverage",
              new Page(
                  "網羅状況 - " + m.toc().title(),
                  Report.CSS,
                  m.toc(),
                  "features/"
                      + m.toc().file().getParent().getFileName()
                      + "/"
                      + m.toc().file().getFileName(),
                  m.rows(),
                  m.rows().stream().filter(r -> !r.covered()).toList(),
                  m.wholeManual(),
                  m.unknownHeadings(),
                  m.assumptions(),
                  m.inRun(),
                  m.quotes())));
    }
    return pages;
  }
}
