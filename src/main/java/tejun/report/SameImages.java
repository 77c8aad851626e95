package tejun.report;

import io.cucumber.messages.types.Attachment;
import io.cucumber.messages.types.Envelope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tejun.ScenarioRecords;
import tejun.records.SameImageRecord;

/**
 * A run attaches each screen once and names it again by its SHA-256 ({@link
 * ScenarioRecords#SAME_IMAGE_TYPE}); the report reads each such reference as the image itself, so
 * that every page, PDF and figure sees every screen where it was shown.
 */
final class SameImages {
  private SameImages() {}

  static List<Envelope> resolved(List<Envelope> envelopes, Path ndjson)
      throws ReportInputException {
    if (envelopes.stream()
        .flatMap(e -> e.getAttachment().stream())
        .noneMatch(SameImages::isReference)) {
      return envelopes;
    }
    Map<String, Attachment> images = new HashMap<>();
    for (Envelope e : envelopes) {
      e.getAttachment()
          .filter(a -> Attachments.isImage(Attachments.mediaType(a)))
          .ifPresent(a -> images.putIfAbsent(ScenarioRecords.sha256(Attachments.bytes(a)), a));
    }
    List<Envelope> resolved = new ArrayList<>(envelopes.size());
    for (Envelope e : envelopes) {
      if (e.getAttachment().filter(SameImages::isReference).isEmpty()) {
        resolved.add(e);
        continue;
      }
      Attachment reference = e.getAttachment().get();
      String sha256 =
          Attachments.record(reference, SameImageRecord.class)
              .map(SameImageRecord::sha256)
              .orElse(null);
      Attachment image = images.get(sha256);
      if (image == null) {
        throw new ReportInputException(
            ndjson
                + ": 画像 "
                + sha256
                + " を指す添付がありますが、その画像がこのファイルにありません (a same-image reference names an image"
                + " the messages do not hold: were they cut?)");
      }
      resolved.add(
          Envelope.of(
              new Attachment(
                  image.getBody(),
                  image.getContentEncoding(),
                  reference.getFileName().orElse(null),
                  image.getMediaType(),
                  reference.getSource().orElse(null),
                  reference.getTestCaseStartedId().orElse(null),
                  reference.getTestStepId().orElse(null),
                  null,
                  reference.getTestRunStartedId().orElse(null),
                  reference.getTestRunHookStartedId().orElse(null),
                  reference.getTimestamp().orElse(null))));
    }
    return resolved;
  }

  private static boolean isReference(Attachment a) {
    return ScenarioRecords.SAME_IMAGE_TYPE.equals(Attachments.mediaType(a));
  }
}
