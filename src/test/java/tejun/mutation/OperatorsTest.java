package tejun.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each operator on a small file: which mutants it makes, and the text each makes. */
class OperatorsTest {
  private static List<Mutant> of(Operator operator, String file, String text, List<String> quotes) {
    return Operators.of(file, text, quotes).stream().filter(m -> m.operator() == operator).toList();
  }

  @Test
  void wordChangedChangesOneCharacterOfEachPlaceAQuotedWordStands() {
    String html = "<h1>お届け先の変更</h1>\n<p>お届け先を変更しました。</p>";
    List<Mutant> mutants =
        of(Operator.WordChanged, "__files/h/a.html", html, List.of("お届け先", "ない語"));
    assertEquals(2, mutants.size());
    assertEquals("<h1>お〓け先の変更</h1>\n<p>お届け先を変更しました。</p>", mutants.get(0).applyTo(html));
    assertEquals("<h1>お届け先の変更</h1>\n<p>お〓け先を変更しました。</p>", mutants.get(1).applyTo(html));
    assertEquals(new int[] {2, 4}[0], Mutants.lineColumn(html, mutants.get(1).shown().offset())[0]);
    assertEquals(5, Mutants.lineColumn(html, mutants.get(1).shown().offset())[1]);
  }

  private static final String MAPPING =
      """
      {"mappings": [
        {"name": "ログイン", "priority": 1,
         "request": {"method": "POST", "urlPath": "/login",
           "customMatcher": {"name": "site-state-is", "parameters": {"key": "k", "absent": false}}},
         "response": {"status": 303, "transformers": ["site-state", "send-mail"],
           "transformerParameters": {
             "siteState": {"set": {"a:flag": "true", "a:when": "x"}, "remove": ["a:old"],
                           "startSession": {"cookie": "S", "values": {"member": "m"}}},
             "mail": {"from": "見本", "to": "{{site-state 'a' 'mail'}}", "subject": "【見本】お知らせ",
                      "body": "様\\n確認コードをお知らせします。", "after": "PT1H"}}}},
        {"name": "ログイン失敗", "priority": 5,
         "request": {"method": "POST", "urlPath": "/login"},
         "response": {"status": 200, "body": "{{#if x}}はい{{else}}いいえ{{/if}} {{now offset='1 hours'}}"}}
      ]}
      """;

  @Test
  void stateChangeSkippedRenamesEachKeySetOrRemovedAndTheSessionStart() {
    List<Mutant> mutants = of(Operator.StateChangeSkipped, "mappings/h/m.json", MAPPING, List.of());
    assertEquals(
        List.of("a:flag", "a:when", "a:old", "startSession"),
        mutants.stream().map(Mutant::original).toList());
    assertTrue(
        mutants.get(0).applyTo(MAPPING).contains("\"" + Operators.SKIPPED + "a:flag\": \"true\""));
  }

  @Test
  void branchSwappedSwapsPrioritiesOfTheSameRequestTheAbsentOfAPreconditionAndIfElse() {
    List<Mutant> mutants = of(Operator.BranchSwapped, "mappings/h/m.json", MAPPING, List.of());
    assertEquals(3, mutants.size(), mutants.toString());
    String swapped =
        mutants.stream()
            .filter(m -> m.original().startsWith("priority"))
            .findFirst()
            .orElseThrow()
            .applyTo(MAPPING);
    assertTrue(swapped.contains("\"name\": \"ログイン\", \"priority\": 5"), swapped);
    assertTrue(swapped.contains("\"name\": \"ログイン失敗\", \"priority\": 1"), swapped);
    String absent =
        mutants.stream()
            .filter(m -> m.original().contains("absent"))
            .findFirst()
            .orElseThrow()
            .applyTo(MAPPING);
    assertTrue(absent.contains("\"absent\": true"), absent);
    String branches =
        mutants.stream()
            .filter(m -> m.original().startsWith("{{#if"))
            .findFirst()
            .orElseThrow()
            .applyTo(MAPPING);
    assertTrue(branches.contains("{{#if x}}いいえ{{else}}はい{{/if}}"), branches);
  }

  @Test
  void branchSwappedTurnsAnIfWithoutElseIntoUnlessAndLeavesFramesAlone() {
    String html = "{{#page-frame 'h' title='t'}}{{#if a}}<p>済み</p>{{/if}}{{/page-frame}}";
    List<Mutant> mutants = of(Operator.BranchSwapped, "__files/h/a.html", html, List.of());
    assertEquals(1, mutants.size());
    assertEquals(
        "{{#page-frame 'h' title='t'}}{{#unless a}}<p>済み</p>{{/unless}}{{/page-frame}}",
        mutants.get(0).applyTo(html));
  }

  @Test
  void recipientAndMessageWordsChangedOnTheMessageOnly() {
    List<Mutant> recipients =
        of(Operator.RecipientChanged, "mappings/h/m.json", MAPPING, List.of());
    assertEquals(1, recipients.size());
    assertTrue(
        recipients.get(0).applyTo(MAPPING).contains("\"to\": \"x{{site-state 'a' 'mail'}}\""));
    List<Mutant> words =
        of(Operator.MessageWordChanged, "mappings/h/m.json", MAPPING, List.of("お知らせ"));
    assertEquals(2, words.size(), "the subject's and the body's 「お知らせ」");
    assertEquals(
        List.of(),
        of(Operator.WordChanged, "mappings/h/m.json", MAPPING, List.of("お知らせ")),
        "a message's words are MessageWordChanged's, not WordChanged's");
    List<Mutant> unquoted =
        of(Operator.MessageWordChanged, "mappings/h/m.json", MAPPING, List.of());
    assertEquals(1, unquoted.size(), "a message quoting nothing: its first word");
    assertEquals("確認コードをお知らせします", unquoted.get(0).original());
  }

  @Test
  void timeHalvedHalvesWhatPassesAndClockOffsets() {
    List<Mutant> mutants = of(Operator.TimeHalved, "mappings/h/m.json", MAPPING, List.of());
    assertEquals(
        List.of("PT30M", "30 minutes"), mutants.stream().map(Mutant::replacement).toList());
    assertEquals("2 days", Operators.halved(4, "days"));
    assertEquals("12 hours", Operators.halved(1, "days"));
  }
}
