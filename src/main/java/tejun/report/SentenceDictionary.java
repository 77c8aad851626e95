package tejun.report;

import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.ParameterType;
import io.cucumber.messages.types.StepDefinition;
import io.cucumber.query.Query;
import io.cucumber.query.Repository;
import io.cucumber.query.Repository.RepositoryFeature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tejun.report.SentenceUses.Use;

/**
 * 文の辞書: every sentence the run's glue understands (its step definitions), shared first and then by
 * site package, each with its parameters, one example step from the features and how many feature
 * steps use it; and the parameter types those sentences take. Built only from a run's messages, so
 * a dry run over every feature gives the whole dictionary ({@code docs/sentences.md}).
 */
public final class SentenceDictionary {
  private static final Pattern PARAMETER = Pattern.compile("(?<!\\\\)\\{([^{}]*)}");
  private static final int VALUES_SHOWN = 3;

  /** {@code type} as written between the braces ({@code ""} for {@code {}}). */
  public record Parameter(String type, String value) {
    public String written() {
      return "{" + type + "}";
    }
  }

  /**
   * A feature step that uses a sentence, as its scenario runs it; {@code table}: its first rows.
   */
  public record Example(
      String keyword,
      String text,
      List<List<String>> table,
      int tableRows,
      String docString,
      String where) {
    public boolean moreRows() {
      return tableRows > table.size();
    }
  }

  /** {@code example} is null when no feature step uses the sentence. */
  public record Sentence(
      String expression, String definedIn, List<Parameter> parameters, Example example, int uses) {
    public boolean unused() {
      return uses == 0;
    }
  }

  /**
   * {@code name}: the package (or folder) the sentences are defined in; {@code featureFolders}: the
   * folders of the feature files whose steps use them.
   */
  public record Group(String name, Set<String> featureFolders, List<Sentence> sentences) {
    public String title() {
      return GlueNames.title(name);
    }
  }

  /** {@code definedIn} empty: one of Cucumber's own types. */
  public record ParameterTypeEntry(
      String name, String form, String definedIn, List<String> values, int sentences) {
    public String written() {
      return "{" + name + "}";
    }
  }

  public final List<Group> groups;
  public final List<ParameterTypeEntry> parameterTypes;

  private SentenceDictionary(List<Group> groups, List<ParameterTypeEntry> parameterTypes) {
    this.groups = groups;
    this.parameterTypes = parameterTypes;
  }

  public List<Sentence> sentences() {
    return groups.stream().flatMap(g -> g.sentences().stream()).toList();
  }

  public List<Sentence> unused() {
    return sentences().stream().filter(Sentence::unused).toList();
  }

  public static SentenceDictionary of(List<Envelope> envelopes) {
    Repository.Builder builder = Repository.builder();
    for (RepositoryFeature feature : RepositoryFeature.values()) {
      builder.feature(feature, true);
    }
    Repository repository = builder.build();
    // A parallel run sends each definition once per worker, under a new id each time.
    Map<String, StepDefinition> definitions = new LinkedHashMap<>();
    Map<String, String> keyOfId = new LinkedHashMap<>();
    Map<String, ParameterType> types = new LinkedHashMap<>();
    for (Envelope e : envelopes) {
      repository.update(e);
      e.getStepDefinition()
          .ifPresent(
              d -> {
                definitions.putIfAbsent(key(d), d);
                keyOfId.put(d.getId(), key(d));
              });
      e.getParameterType().ifPresent(t -> types.putIfAbsent(t.getName(), t));
    }
    Map<String, List<Use>> uses = new LinkedHashMap<>();
    Map<String, Set<String>> values = new LinkedHashMap<>();
    for (Use u : SentenceUses.in(new Query(repository), keyOfId)) {
      uses.computeIfAbsent(u.key(), k -> new ArrayList<>()).add(u);
      List<String> names =
          definitions.containsKey(u.key()) ? parameterNames(definitions.get(u.key())) : List.of();
      for (int i = 0; i < Math.min(names.size(), u.values().size()); i++) {
        if (!u.values().get(i).isEmpty()) {
          values.computeIfAbsent(names.get(i), n -> new LinkedHashSet<>()).add(u.values().get(i));
        }
      }
    }
    Map<String, List<Sentence>> byGroup = new TreeMap<>(GlueNames::groupOrder);
    Map<String, Set<String>> folders = new LinkedHashMap<>();
    definitions.forEach(
        (key, d) -> {
          List<Use> used = uses.getOrDefault(key, List.of());
          String group = GlueNames.group(d.getSourceReference());
          byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(sentence(d, used));
          Set<String> groupFolders = folders.computeIfAbsent(group, g -> new TreeSet<>());
          used.forEach(u -> groupFolders.add(SentenceUses.folder(u.uri())));
        });
    List<Group> groups = new ArrayList<>();
    byGroup.forEach(
        (name, sentences) -> {
          sentences.sort(
              Comparator.comparing((Sentence s) -> GlueNames.className(s.definedIn()))
                  .thenComparing(Sentence::expression));
          groups.add(new Group(name, folders.get(name), sentences));
        });
    return new SentenceDictionary(groups, parameterTypes(groups, types, values));
  }

  private static Sentence sentence(StepDefinition d, List<Use> used) {
    List<String> names = parameterNames(d);
    Use first = used.isEmpty() ? null : used.get(0);
    List<Parameter> parameters = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      boolean given = first != null && i < first.values().size();
      parameters.add(new Parameter(names.get(i), given ? first.values().get(i) : ""));
    }
    return new Sentence(
        d.getPattern().getSource(),
        GlueNames.definedIn(d.getSourceReference()),
        parameters,
        first == null ? null : first.example(),
        (int) used.stream().map(Use::stepId).distinct().count());
  }

  /** The parameter types a Cucumber expression names, in order. */
  private static List<String> parameterNames(StepDefinition d) {
    List<String> names = new ArrayList<>();
    Matcher m = PARAMETER.matcher(d.getPattern().getSource());
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The run's own types in the order of their packages, then Cucumber's that sentences use. */
  private static List<ParameterTypeEntry> parameterTypes(
      List<Group> groups, Map<String, ParameterType> types, Map<String, Set<String>> values) {
    Map<String, Integer> sentences = new TreeMap<>();
    for (Sentence s : groups.stream().flatMap(g -> g.sentences().stream()).toList()) {
      s.parameters().stream()
          .map(Parameter::type)
          .distinct()
          .forEach(t -> sentences.merge(t, 1, Integer::sum));
    }
    Set<String> names = new LinkedHashSet<>();
    types.values().stream()
        .sorted(
            Comparator.comparing(
                    (ParameterType t) -> t.getSourceReference().map(GlueNames::group).orElse(""),
                    GlueNames::groupOrder)
                .thenComparing(ParameterType::getName))
        .forEach(t -> names.add(t.getName()));
    names.addAll(sentences.keySet());
    List<ParameterTypeEntry> entries = new ArrayList<>();
    for (String name : names) {
      ParameterType t = types.get(name);
      entries.add(
          new ParameterTypeEntry(
              name,
              t == null ? builtInForm(name) : String.join(" または ", t.getRegularExpressions()),
              t == null ? "" : t.getSourceReference().map(GlueNames::definedIn).orElse(""),
              values.getOrDefault(name, Set.of()).stream().limit(VALUES_SHOWN).toList(),
              sentences.getOrDefault(name, 0)));
    }
    return entries;
  }

  /** What Cucumber's own parameter types accept. */
  private static String builtInForm(String name) {
    return switch (name) {
      case "" -> "何でも（{} と書く）";
      case "int", "byte", "short", "long", "biginteger" -> "整数（Cucumber の型）";
      case "float", "double", "bigdecimal" -> "数（Cucumber の型）";
      case "word" -> "空白を含まない語（Cucumber の型）";
      case "string" -> "\"…\" か '…' で囲んだ文字列（Cucumber の型）";
      default -> "定義がありません";
    };
  }

  private static String key(StepDefinition d) {
    return d.getPattern().getType()
        + " "
        + d.getPattern().getSource()
        + " "
        + GlueNames.definedIn(d.getSourceReference())
        + d.getSourceReference()
            .getJavaMethod()
            .map(j -> String.join(",", j.getMethodParameterTypes()))
            .orElse("");
  }
}
