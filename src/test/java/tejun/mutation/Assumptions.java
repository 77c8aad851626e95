package tejun.mutation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Survivors that are right to survive, each with the reason ({@code 想定}), from {@code
 * features/<site>/mutants.assumptions.json}: {@code {"assumptions": [{"file":
 * "mappings/<host>/x.json", "mutation": "<the mutant's description as the page shows it>", "想定":
 * "why no procedure can or should notice it"}]}}. The page lists them apart, with the reason.
 */
record Assumptions(List<Assumption> assumptions) {
  static final String FILE = "mutants.assumptions.json";
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  record Assumption(String file, String mutation, @JsonProperty("想定") String reason) {}

  static Assumptions read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return new Assumptions(List.of());
    }
    Assumptions read = JSON.readValue(file.toFile(), Assumptions.class);
    for (Assumption a : read.assumptions()) {
      if (a.file() == null || a.mutation() == null || a.reason() == null || a.reason().isBlank()) {
        throw new IOException(
            file + ": each assumption needs \"file\", \"mutation\" and a \"想定\" giving the reason");
      }
    }
    return read;
  }

  /** The reason {@code mutant} is right to survive, if one is given. */
  Optional<String> reasonFor(Mutant mutant) {
    return assumptions.stream()
        .filter(a -> a.file().equals(mutant.file()) && a.mutation().equals(mutant.description()))
        .map(Assumption::reason)
        .findFirst();
  }
}
