package tejun.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cucumber.java.ParameterType;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Cucumber's {@code @ParameterType} names are global: every class of the glue {@code tejun} is
 * loaded for every feature, and a name defined twice stops every scenario before its first step. So
 * a site's types are named {@code <site>:…} after its package ({@code tejun.steps.ocn} defines
 * {@code ocn:OCNお客さま番号}), and the shared packages' names have no such prefix.
 */
class ParameterTypeNamesTest {
  private static final String STEPS = "tejun.steps.";
  private static final List<String> SHARED = List.of("shared", "pc");

  /** A parameter type: its name, and the class that defines it. */
  record Definition(String className, String name) {}

  static List<String> problems(List<Definition> definitions) {
    List<String> problems = new ArrayList<>();
    Map<String, String> first = new LinkedHashMap<>();
    for (Definition d : definitions) {
      String before = first.putIfAbsent(d.name(), d.className());
      if (before != null) {
        problems.add("{" + d.name() + "} is defined twice: in " + before + " and " + d.className());
      }
      problems.addAll(placement(d));
    }
    return problems;
  }

  private static List<String> placement(Definition d) {
    if (!d.className().startsWith(STEPS)) {
      return List.of(
          "{" + d.name() + "} (" + d.className() + "): define parameter types in tejun.steps.*");
    }
    String pkg = d.className().substring(STEPS.length(), d.className().lastIndexOf('.'));
    if (SHARED.contains(pkg)) {
      return d.name().contains(":")
          ? List.of(
              "{"
                  + d.name()
                  + "} ("
                  + d.className()
                  + "): a shared type's name has no site prefix (<site>: is for a site's types)")
          : List.of();
    }
    return d.name().startsWith(pkg + ":")
        ? List.of()
        : List.of(
            "{"
                + d.name()
                + "} ("
                + d.className()
                + "): name a site's type after its site, {"
                + pkg
                + ":…}, so that no other site's can collide with it");
  }

  @Test
  void theGluesParameterTypesHaveOneNameEachAndSitesPrefixTheirs() throws Exception {
    List<Definition> glue = definitionsIn(Path.of(glueRoot()), "tejun");
    assertEquals(List.of(), problems(glue), "parameter types");
    assertEquals(
        true, glue.stream().anyMatch(d -> d.name().equals("画面名")), "the scan found no types");
  }

  @Test
  void aNameDefinedTwiceIsFound() {
    assertEquals(
        List.of("{会員ID} is defined twice: in tejun.steps.shared.A and tejun.steps.shared.B"),
        problems(
            List.of(
                new Definition("tejun.steps.shared.A", "会員ID"),
                new Definition("tejun.steps.shared.B", "会員ID"))));
    assertEquals(
        1,
        problems(
                List.of(
                    new Definition("tejun.steps.ocn.A", "ocn:番号"),
                    new Definition("tejun.steps.ocn.B", "ocn:番号")))
            .size());
  }

  @Test
  void aSitesTypeWithoutItsSitesPrefixIsFound() {
    assertEquals(
        List.of(
            "{会員ID} (tejun.steps.fixture.FixtureSiteSteps): name a site's type after its site,"
                + " {fixture:…}, so that no other site's can collide with it"),
        problems(List.of(new Definition("tejun.steps.fixture.FixtureSiteSteps", "会員ID"))));
    assertEquals(
        1, problems(List.of(new Definition("tejun.steps.ocn.OcnSteps", "fanclub:会員番号"))).size());
    assertEquals(1, problems(List.of(new Definition("tejun.steps.shared.X", "ocn:会員番号"))).size());
    assertEquals(1, problems(List.of(new Definition("tejun.hooks.X", "番号"))).size());
    assertEquals(
        List.of(),
        problems(
            List.of(
                new Definition("tejun.steps.fixture.FixtureSiteSteps", "fixture:会員ID"),
                new Definition("tejun.steps.shared.ParameterTypes", "画面名"))));
  }

  /** The classes folder this test was compiled into: the glue's. */
  private static java.net.URI glueRoot() throws URISyntaxException {
    return ParameterTypeNamesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI();
  }

  private static List<Definition> definitionsIn(Path root, String pkg) throws IOException {
    List<Definition> definitions = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve(pkg.replace('.', '/')))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name =
            root.relativize(file).toString().replace('/', '.').replaceFirst("\\.class$", "");
        Class<?> type;
        try {
          type = Class.forName(name, false, ParameterTypeNamesTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        for (Method m : type.getDeclaredMethods()) {
          ParameterType p = m.getAnnotation(ParameterType.class);
          if (p != null) {
            definitions.add(
                new Definition(type.getName(), p.name().isEmpty() ? m.getName() : p.name()));
          }
        }
      }
    }
    return definitions;
  }
}
