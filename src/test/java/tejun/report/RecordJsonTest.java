package tejun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tejun.records.Box;
import tejun.records.FramesRecord;
import tejun.records.MessageRecord;
import tejun.records.NetworkRecord;
import tejun.records.RecordJson;

/** The hooks' records as JSON: what the hooks write is what the report reads, and nothing else. */
class RecordJsonTest {
  @Test
  void boxesAreWrittenAsFourNumbersAndReadBack() {
    FramesRecord frames = new FramesRecord(1280, List.of(new Box(24, 177, 156, 25)), List.of());
    String json = RecordJson.write(frames);
    assertEquals("{\"cssWidth\":1280,\"boxes\":[[24,177,156,25]],\"masks\":[]}", json);
    assertEquals(frames, RecordJson.read(json, FramesRecord.class).orElseThrow());
  }

  @Test
  void aMessageKindIsWrittenInLowerCase() {
    MessageRecord sms = new MessageRecord(MessageRecord.Kind.SMS, "090", "見本", "", "本文");
    String json = RecordJson.write(sms);
    assertTrue(json.startsWith("{\"kind\":\"sms\","), json);
    assertEquals(sms, RecordJson.read(json, MessageRecord.class).orElseThrow());
  }

  @Test
  void aRecordLackingAFieldIsNoRecordAndFieldsItDoesNotKnowAreLeftOut() {
    assertTrue(
        RecordJson.read(
                "{\"kind\":\"sms\",\"to\":\"090\",\"from\":\"x\",\"subject\":\"\",\"text\":\"y\"}",
                MessageRecord.class)
            .isEmpty(),
        "a body renamed on the writing side");
    assertEquals(
        new NetworkRecord(List.of(new NetworkRecord.Connection("ISP回線", "接続済み")), "インターネット"),
        RecordJson.read(
                "{\"connections\":[{\"name\":\"ISP回線\",\"kind\":\"line\",\"status\":\"接続済み\"}],"
                    + "\"route\":\"インターネット\",\"lastError\":\"\"}",
                NetworkRecord.class)
            .orElseThrow(),
        "an older run's keys");
  }
}
