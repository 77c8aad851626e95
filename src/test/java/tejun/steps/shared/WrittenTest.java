package tejun.steps.shared;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrittenTest {
  @Test
  void wordsAreWrittenWhereThePlaceContainsThem() {
    Written.assertWritten("しばらく", "しばらくお待ちください", "画面");
    assertThrows(AssertionError.class, () -> Written.assertWritten("お待ち下さい", "しばらくお待ちください", "画面"));
  }

  @Test
  void aListIsWrittenWhenEachItemIsThereInItsOrder() {
    Written.assertWritten(List.of("A", "C"), List.of("A", "B", "C"), "表");
    assertThrows(
        AssertionError.class,
        () -> Written.assertWritten(List.of("C", "A"), List.of("A", "B", "C"), "表"));
    assertThrows(
        AssertionError.class,
        () -> Written.assertWritten(List.of("A", "D"), List.of("A", "B", "C"), "表"));
  }
}
