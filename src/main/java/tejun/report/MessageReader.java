package tejun.report;

import io.cucumber.messages.ndjson.Deserializer;
import io.cucumber.messages.types.Envelope;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a Cucumber Messages ndjson file; a bad line is reported with its file and line number. */
final class MessageReader {
  private MessageReader() {}

  static List<Envelope> read(Path ndjson) throws ReportInputException {
    Deserializer deserializer = new Deserializer();
    List<Envelope> envelopes = new ArrayList<>();
    int lineNo = 0;
    try (BufferedReader in = Files.newBufferedReader(ndjson, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        envelopes.add(envelope(deserializer, line, ndjson, lineNo));
      }
    } catch (NoSuchFileException e) {
      throw new ReportInputException(ndjson + ": ファイルがありません (no such file)");
    } catch (CharacterCodingException e) {
      throw new ReportInputException(ndjson + ":" + (lineNo + 1) + ": UTF-8 ではありません (not UTF-8)");
    } catch (IOException e) {
      throw new ReportInputException(ndjson + ": 読めません (cannot read): " + firstLine(e));
    }
    if (envelopes.isEmpty()) {
      throw new ReportInputException(ndjson + ": メッセージが1件もありません (no messages)");
    }
    return SameImages.resolved(envelopes, ndjson);
  }

  private static Envelope envelope(Deserializer deserializer, String line, Path ndjson, int lineNo)
      throws ReportInputException {
    try {
      return deserializer.readValue(line);
    } catch (IOException | RuntimeException e) {
      try {
        String fixed = NewerMessages.withGroupChildren(line);
        if (fixed != null) {
          return deserializer.readValue(fixed);
        }
      } catch (IOException | RuntimeException ignored) {
        // Report the error of the line as written.
      }
      throw new ReportInputException(
          ndjson
              + ":"
              + lineNo
              + ": Cucumber のメッセージとして読めません (not a Cucumber message): "
              + firstLine(e));
    }
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return (nl >= 0 ? m.substring(0, nl) : m).strip();
  }
}
