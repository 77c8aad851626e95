package tejun.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nu.validator.client.EmbeddedValidator;
import org.openqa.selenium.json.Json;

/** The Nu Html Checker's errors and warnings for a page, each as "line: type: message". */
public final class NuChecker {
  private NuChecker() {}

  @SuppressWarnings("unchecked")
  public static List<String> problems(Path page) throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    validator.setNoLangDetect(true);
    Map<String, Object> result = new Json().toType(validator.validate(page), Map.class);
    List<Map<String, Object>> messages =
        (List<Map<String, Object>>) result.getOrDefault("messages", List.of());
    return messages.stream()
        .filter(m -> !"info".equals(m.get("type")))
        .map(m -> m.get("lastLine") + ": " + m.get("type") + ": " + m.get("message"))
        .toList();
  }
}
