package tejun.report;

import io.cucumber.messages.types.SourceReference;
import java.util.List;

/** Where a step definition or parameter type is defined, as the dictionary names it. */
final class GlueNames {
  /** The glue every manual shares; any other package holds one site's sentences. */
  static final List<String> SHARED = List.of("tejun.steps.shared", "tejun.steps.pc");

  private static final List<String> SHARED_TITLES = List.of("共通の文", "共通の文（PC）");

  private GlueNames() {}

  /** {@code Class.method} for Java glue, else the file and line. */
  static String definedIn(SourceReference ref) {
    if (ref.getJavaMethod().isPresent()) {
      String className = ref.getJavaMethod().get().getClassName();
      return className.substring(className.lastIndexOf('.') + 1)
          + "."
          + ref.getJavaMethod().get().getMethodName();
    }
    return SentenceUses.where(
        ref.getUri().orElse(""), ref.getLocation().map(l -> l.getLine()).orElse(0L));
  }

  /** The Java package, else the folder of the glue file. */
  static String group(SourceReference ref) {
    if (ref.getJavaMethod().isPresent()) {
      return before(ref.getJavaMethod().get().getClassName(), '.');
    }
    return before(ref.getUri().orElse(""), '/');
  }

  static String title(String group) {
    int shared = SHARED.indexOf(group);
    return shared >= 0
        ? SHARED_TITLES.get(shared)
        : "サイトの文: " + group.substring(group.lastIndexOf(group.contains(".") ? '.' : '/') + 1);
  }

  /** The class of a {@link #definedIn} name. */
  static String className(String definedIn) {
    return before(definedIn, '.');
  }

  /** The shared packages first, in {@link #SHARED}'s order, then the others by name. */
  static int groupOrder(String a, String b) {
    int ia = SHARED.indexOf(a);
    int ib = SHARED.indexOf(b);
    if (ia >= 0 || ib >= 0) {
      return Integer.compare(ia < 0 ? SHARED.size() : ia, ib < 0 ? SHARED.size() : ib);
    }
    return a.compareTo(b);
  }

  private static String before(String s, char c) {
    return s.contains(String.valueOf(c)) ? s.substring(0, s.lastIndexOf(c)) : s;
  }
}
