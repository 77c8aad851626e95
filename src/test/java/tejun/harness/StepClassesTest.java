package tejun.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A step class does what its sentences say through page objects and small helpers, never by calling
 * another step class: so no step class takes another in its constructor (picocontainer would give
 * it one).
 */
class StepClassesTest {
  static boolean definesSteps(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .map(Method::getAnnotations)
        .flatMap(Arrays::stream)
        .anyMatch(a -> a.annotationType().getPackageName().startsWith("io.cucumber.java."));
  }

  @Test
  void noStepClassInjectsAnother() throws Exception {
    Path root = Path.of(getClass().getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("tejun/steps"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
        String name = root.relativize(f).toString().replace('/', '.').replaceFirst("\\.class$", "");
        classes.add(Class.forName(name, false, getClass().getClassLoader()));
      }
    }
    List<String> injected = new ArrayList<>();
    for (Class<?> type : classes.stream().filter(StepClassesTest::definesSteps).toList()) {
      for (Constructor<?> c : type.getConstructors()) {
        for (Class<?> p : c.getParameterTypes()) {
          if (definesSteps(p)) {
            injected.add(type.getSimpleName() + " takes " + p.getSimpleName());
          }
        }
      }
    }
    assertEquals(List.of(), injected, "step classes that inject another step class");
    assertEquals(
        true, classes.stream().anyMatch(StepClassesTest::definesSteps), "no step class found");
  }

  @Test
  void aClassWithAStepIsAStepClass() {
    assertEquals(true, definesSteps(tejun.steps.shared.ScreenSteps.class));
    assertEquals(false, definesSteps(tejun.steps.shared.SampleCustomers.class));
  }
}
