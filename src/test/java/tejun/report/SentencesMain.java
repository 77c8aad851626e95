package tejun.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rewrites {@code docs/sentences.md} from a dry run over every feature ({@link
 * SentencesMarkdown#COMMAND}, from the project's folder).
 */
public final class SentencesMain {
  static final Path DOC = Path.of("docs", "sentences.md");

  private SentencesMain() {}

  public static void main(String[] args) throws Exception {
    Path messages = Files.createTempFile("tejun-sentences", ".ndjson");
    try {
      DryRun.Result run = DryRun.messages(messages);
      SentenceDictionary dictionary = SentenceDictionary.of(MessageReader.read(run.messages()));
      Files.createDirectories(DOC.getParent());
      Files.writeString(
          DOC, SentencesMarkdown.of(dictionary, DryRun.FEATURES), StandardCharsets.UTF_8);
      System.out.printf(
          "%s: %d sentences, %d unused (dry run %d ms)%n",
          DOC, dictionary.sentences().size(), dictionary.unused().size(), run.took().toMillis());
    } finally {
      Files.deleteIfExists(messages);
    }
  }
}
