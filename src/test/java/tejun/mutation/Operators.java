package tejun.mutation;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tejun.mutation.JsonTokens.Token;
import tejun.mutation.Mutant.Edit;

/**
 * The mutants of one file of the model, by operator. Every mutant edits the file's text in place
 * (no reformatting), so its line and column are those of the file as written. A mapping's mutant
 * that would leave the file unreadable as JSON is not made.
 */
final class Operators {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern OFFSET = Pattern.compile("offset='(-?\\d+) ([a-z]+)'");
  private static final Pattern TAG = Pattern.compile("\\{\\{~?([^{}]*?)~?}}");
  private static final Set<String> NOT_BRANCHES = Set.of("page-frame", "each", "with");

  /** The character a changed word gets: visible, and in no manual. */
  static final char CHANGED = '〓';

  private Operators() {}

  /**
   * Every mutant of {@code file} (relative to the stubs folder) with text {@code text}; {@code
   * quotes} the words the manuals quote.
   */
  static List<Mutant> of(String file, String text, List<String> quotes) {
    List<Mutant> all = new ArrayList<>();
    boolean mapping = file.startsWith("mappings/");
    boolean json = file.endsWith(".json");
    List<Token> tokens = List.of();
    if (json) {
      try {
        tokens = JsonTokens.of(text);
      } catch (IOException e) {
        return List.of();
      }
    }
    List<int[]> messages = new ArrayList<>();
    if (mapping) {
      all.addAll(stateChangesSkipped(file, tokens));
      all.addAll(prioritiesSwapped(file, text, tokens));
      all.addAll(preconditionsSwapped(file, tokens));
      all.addAll(recipientsChanged(file, tokens));
      all.addAll(messageWordsChanged(file, text, tokens, quotes, messages));
      all.addAll(timesHalved(file, tokens));
    }
    if (!file.startsWith("sites/")) {
      all.addAll(branchesSwapped(file, text));
      all.addAll(offsetsHalved(file, text));
    }
    // A stub's name is for its author: no screen shows it, so a word there is no word of a screen.
    List<int[]> unseen = new ArrayList<>(messages);
    for (Token t : tokens) {
      if (mapping && t.kind() == JsonToken.VALUE_STRING && t.last().equals("name")) {
        unseen.add(new int[] {t.start(), t.end()});
      }
    }
    all.addAll(wordsChanged(file, text, quotes, unseen));
    List<Mutant> kept = new ArrayList<>();
    Set<List<Edit>> seen = new LinkedHashSet<>();
    for (Mutant m : all) {
      if (seen.add(m.edits()) && (!json || readable(m.applyTo(text)))) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt((Mutant m) -> m.shown().offset()));
    return kept;
  }

  private static boolean readable(String json) {
    try {
      JSON.readTree(json);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  // --- WordChanged -------------------------------------------------------------------------

  /**
   * Each place a quoted word stands in the file, outside a message's words, one character changed.
   */
  static List<Mutant> wordsChanged(
      String file, String text, List<String> quotes, List<int[]> excluded) {
    List<Mutant> mutants = new ArrayList<>();
    for (String quote : distinct(quotes)) {
      for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
        if (!inside(excluded, at)) {
          mutants.add(wordChanged(Operator.WordChanged, file, quote, at, "画面の語句"));
        }
      }
    }
    return mutants;
  }

  private static Mutant wordChanged(
      Operator operator, String file, String word, int at, String where) {
    int i = middleLetter(word);
    String changed = word.substring(0, i) + CHANGED + word.substring(i + 1);
    return new Mutant(
        operator,
        file,
        List.of(new Edit(at + i, 1, String.valueOf(CHANGED))),
        word,
        changed,
        where + "「" + word + "」の「" + word.charAt(i) + "」を「" + CHANGED + "」に変える");
  }

  /** The letter nearest the word's middle (a space or sign changed would read alike). */
  private static int middleLetter(String word) {
    int middle = (word.length() - 1) / 2;
    for (int d = 0; d < word.length(); d++) {
      for (int i : new int[] {middle - d, middle + d}) {
        if (i >= 0
            && i < word.length()
            && Character.isLetterOrDigit(word.charAt(i))
            && !Character.isSurrogate(word.charAt(i))) {
          return i;
        }
      }
    }
    return middle;
  }

  private static List<String> distinct(List<String> quotes) {
    return quotes.stream().filter(q -> !q.isBlank()).distinct().toList();
  }

  private static boolean inside(List<int[]> ranges, int at) {
    return ranges.stream().anyMatch(r -> at >= r[0] && at < r[1]);
  }

  // --- StateChangeSkipped --------------------------------------------------------------------

  /** The prefix that turns a state change into one of a key nothing reads: skipped. */
  static final String SKIPPED = "skipped-by-mutant:";

  /**
   * Each change the site-state transformer makes: a key set (alone), a key removed, a session
   * started. Skipping renames the key (or {@code startSession}), so the transformer changes a key
   * nothing reads, or nothing.
   */
  static List<Mutant> stateChangesSkipped(String file, List<Token> tokens) {
    List<Mutant> mutants = new ArrayList<>();
    for (Token t : tokens) {
      List<String> inState = siteState(t);
      if (inState == null) {
        continue;
      }
      boolean setKey =
          t.kind() == JsonToken.FIELD_NAME
              && inState.size() >= 2
              && inState.get(inState.size() - 2).equals("set");
      boolean removedKey =
          t.kind() == JsonToken.VALUE_STRING
              && inState.size() == 2
              && inState.get(0).equals("remove");
      boolean session =
          t.kind() == JsonToken.FIELD_NAME
              && inState.size() == 1
              && inState.get(0).equals("startSession");
      if (setKey || removedKey || session) {
        String what =
            setKey
                ? "状態「" + t.value() + "」の設定"
                : removedKey ? "状態「" + t.value() + "」の削除" : "セッションの開始";
        mutants.add(
            new Mutant(
                Operator.StateChangeSkipped,
                file,
                List.of(new Edit(t.start() + 1, 0, SKIPPED)),
                t.value(),
                SKIPPED + t.value(),
                what + "を飛ばす"));
      }
    }
    return mutants;
  }

  /** The path under {@code transformerParameters/siteState}, or null. */
  private static List<String> siteState(Token t) {
    List<String> after = t.after("transformerParameters");
    return !after.isEmpty() && after.get(0).equals("siteState")
        ? after.subList(1, after.size())
        : null;
  }

  // --- BranchSwapped -------------------------------------------------------------------------

  /**
   * Each two stubs of the file for the same request (method and URL) with different priorities:
   * their priorities swapped, so the other one answers.
   */
  static List<Mutant> prioritiesSwapped(String file, String text, List<Token> tokens) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (IOException e) {
      return List.of();
    }
    boolean many = root.has("mappings");
    List<JsonNode> stubs = new ArrayList<>();
    (many ? root.get("mappings") : List.of(root)).forEach(stubs::add);
    Map<String, List<Integer>> byRequest = new LinkedHashMap<>();
    for (int i = 0; i < stubs.size(); i++) {
      JsonNode stub = stubs.get(i);
      if (stub.has("priority")) {
        byRequest.computeIfAbsent(request(stub), k -> new ArrayList<>()).add(i);
      }
    }
    List<Mutant> mutants = new ArrayList<>();
    for (List<Integer> same : byRequest.values()) {
      same.sort(Comparator.comparingInt(i -> stubs.get(i).get("priority").asInt()));
      for (int k = 0; k + 1 < same.size(); k++) {
        int a = same.get(k);
        int b = same.get(k + 1);
        Token pa = priority(tokens, many, a);
        Token pb = priority(tokens, many, b);
        if (pa == null || pb == null || pa.value().equals(pb.value())) {
          continue;
        }
        mutants.add(
            new Mutant(
                Operator.BranchSwapped,
                file,
                List.of(
                    new Edit(pa.start(), pa.end() - pa.start(), pb.value()),
                    new Edit(pb.start(), pb.end() - pb.start(), pa.value())),
                "priority " + pa.value() + " / " + pb.value(),
                "priority " + pb.value() + " / " + pa.value(),
                "同じ要求に答える「"
                    + stubs.get(a).path("name").asText()
                    + "」と「"
                    + stubs.get(b).path("name").asText()
                    + "」の優先度を入れ替える"));
      }
    }
    return mutants;
  }

  private static String request(JsonNode stub) {
    JsonNode r = stub.path("request");
    String url = "";
    for (String key :
        List.of("url", "urlPath", "urlPattern", "urlPathPattern", "urlPathTemplate")) {
      if (r.has(key)) {
        url = key + "=" + r.get(key).asText();
      }
    }
    return r.path("method").asText("ANY") + " " + url;
  }

  private static Token priority(List<Token> tokens, boolean many, int stub) {
    List<String> path =
        many ? List.of("mappings", Integer.toString(stub), "priority") : List.of("priority");
    return tokens.stream()
        .filter(t -> t.kind() != JsonToken.FIELD_NAME && t.path().equals(path))
        .findFirst()
        .orElse(null);
  }

  /**
   * Each {@code absent} of a site-state-is precondition, negated: the stub answers when the state
   * is the other way.
   */
  static List<Mutant> preconditionsSwapped(String file, List<Token> tokens) {
    List<Mutant> mutants = new ArrayList<>();
    for (Token t : tokens) {
      if ((t.kind() == JsonToken.VALUE_TRUE || t.kind() == JsonToken.VALUE_FALSE)
          && t.last().equals("absent")
          && t.under("customMatcher")) {
        String flipped = t.kind() == JsonToken.VALUE_TRUE ? "false" : "true";
        mutants.add(
            new Mutant(
                Operator.BranchSwapped,
                file,
                List.of(new Edit(t.start(), t.end() - t.start(), flipped)),
                "\"absent\": " + t.value(),
                "\"absent\": " + flipped,
                "前提条件 (site-state-is) の「absent: " + t.value() + "」を逆にする"));
      }
    }
    return mutants;
  }

  /**
   * Each block of a template with two branches ({@code {{#if c}}a{{else}}b{{/if}}}, also {@code
   * #unless}, {@code #eq} …), its branches swapped; each {@code #if}/{@code #unless} without {@code
   * {{else}}}, turned into the other. A chain of {@code {{else if}}} is left alone.
   */
  static List<Mutant> branchesSwapped(String file, String text) {
    record Open(String name, int start, int end, List<int[]> elses, boolean chained) {}
    Deque<Open> open = new ArrayDeque<>();
    List<Mutant> mutants = new ArrayList<>();
    Matcher tag = TAG.matcher(text);
    while (tag.find()) {
      String inside = tag.group(1).strip();
      if (inside.startsWith("#") && !inside.startsWith("#>") && !inside.startsWith("#*")) {
        String name = inside.substring(1).split("[\\s}]", 2)[0];
        open.push(new Open(name, tag.start(), tag.end(), new ArrayList<>(), false));
      } else if (inside.equals("else") && !open.isEmpty()) {
        open.peek().elses().add(new int[] {tag.start(), tag.end()});
      } else if (inside.startsWith("else ") && !open.isEmpty()) {
        Open o = open.pop();
        open.push(new Open(o.name(), o.start(), o.end(), o.elses(), true));
      } else if (inside.startsWith("/") && !open.isEmpty()) {
        Open o = open.pop();
        String name = inside.substring(1).strip();
        if (!name.equals(o.name()) || NOT_BRANCHES.contains(name) || o.chained()) {
          continue;
        }
        String head = text.substring(o.start(), o.end());
        if (o.elses().size() == 1) {
          int[] e = o.elses().get(0);
          String yes = text.substring(o.end(), e[0]);
          String no = text.substring(e[1], tag.start());
          String swapped = no + text.substring(e[0], e[1]) + yes;
          mutants.add(
              new Mutant(
                  Operator.BranchSwapped,
                  file,
                  List.of(new Edit(o.end(), tag.start() - o.end(), swapped)),
                  head + yes + "{{else}}" + no,
                  head + no + "{{else}}" + yes,
                  "「" + head + "」の分岐 (条件が成り立つときと成り立たないとき) を入れ替える"));
        } else if (o.elses().isEmpty() && (name.equals("if") || name.equals("unless"))) {
          String other = name.equals("if") ? "unless" : "if";
          int nameAt = text.indexOf(name, o.start() + 2);
          int closeAt = text.indexOf(name, tag.start() + 2);
          mutants.add(
              new Mutant(
                  Operator.BranchSwapped,
                  file,
                  List.of(
                      new Edit(nameAt, name.length(), other),
                      new Edit(closeAt, name.length(), other)),
                  head,
                  head.replaceFirst("#" + name, "#" + other),
                  "「" + head + "」の条件を逆にする (#" + name + " を #" + other + " に)"));
        }
      }
    }
    return mutants;
  }

  // --- RecipientChanged and MessageWordChanged -----------------------------------------------

  /** Each message's {@code to}, another address or number: a letter or digit put in front. */
  static List<Mutant> recipientsChanged(String file, List<Token> tokens) {
    List<Mutant> mutants = new ArrayList<>();
    for (Token t : tokens) {
      String sender = sender(t);
      if (sender != null && t.kind() == JsonToken.VALUE_STRING && t.last().equals("to")) {
        String prefix = sender.equals("mail") ? "x" : "0";
        mutants.add(
            new Mutant(
                Operator.RecipientChanged,
                file,
                List.of(new Edit(t.start() + 1, 0, prefix)),
                t.value(),
                prefix + t.value(),
                (sender.equals("mail") ? "メール" : "SMS・電話") + "の宛先の前に「" + prefix + "」を付けて、別の宛先にする"));
      }
    }
    return mutants;
  }

  /**
   * Each quoted word in a message's subject or words, one character changed; a message whose words
   * quote nothing, its first word (outside {@code {{…}}}) changed. The message's value ranges go
   * into {@code messages}, for WordChanged to leave alone.
   */
  static List<Mutant> messageWordsChanged(
      String file, String text, List<Token> tokens, List<String> quotes, List<int[]> messages) {
    List<Mutant> mutants = new ArrayList<>();
    Map<List<String>, List<Token>> byMessage = new LinkedHashMap<>();
    for (Token t : tokens) {
      String sender = sender(t);
      if (sender != null
          && t.kind() == JsonToken.VALUE_STRING
          && List.of("subject", "body", "text").contains(t.last())) {
        byMessage
            .computeIfAbsent(t.path().subList(0, t.path().size() - 1), k -> new ArrayList<>())
            .add(t);
        messages.add(new int[] {t.start(), t.end()});
      }
    }
    for (List<Token> fields : byMessage.values()) {
      List<Mutant> found = new ArrayList<>();
      for (Token t : fields) {
        String raw = text.substring(t.start(), t.end());
        for (String quote : distinct(quotes)) {
          for (int at = raw.indexOf(quote); at >= 0; at = raw.indexOf(quote, at + 1)) {
            found.add(
                wordChanged(Operator.MessageWordChanged, file, quote, t.start() + at, "本文の語句"));
          }
        }
      }
      if (found.isEmpty()) {
        Token words =
            fields.stream()
                .filter(t -> !t.last().equals("subject"))
                .findFirst()
                .orElse(fields.get(0));
        firstWord(file, text, words).ifPresent(found::add);
      }
      mutants.addAll(found);
    }
    return mutants;
  }

  private static java.util.Optional<Mutant> firstWord(String file, String text, Token t) {
    String raw = text.substring(t.start() + 1, t.end() - 1);
    String outside =
        Pattern.compile("\\{\\{.*?}}|\\\\(u[0-9a-fA-F]{4}|.)")
            .matcher(raw)
            .replaceAll(m -> " ".repeat(m.group().length()));
    Matcher word = Pattern.compile("[\\p{L}\\p{N}ー]{2,}").matcher(outside);
    while (word.find()) {
      String w = word.group();
      if (!w.chars().allMatch(c -> c < 128)) {
        return java.util.Optional.of(
            wordChanged(
                Operator.MessageWordChanged, file, w, t.start() + 1 + word.start(), "本文の語句"));
      }
    }
    return java.util.Optional.empty();
  }

  /** {@code mail} or {@code phone} when the token is one of a message's fields, else null. */
  private static String sender(Token t) {
    List<String> after = t.after("transformerParameters");
    if (after.size() < 2 || !(after.get(0).equals("mail") || after.get(0).equals("phone"))) {
      return null;
    }
    boolean one = after.size() == 2;
    boolean listed = after.size() == 3 && after.get(1).matches("\\d+");
    return one || listed ? after.get(0) : null;
  }

  // --- TimeHalved ----------------------------------------------------------------------------

  /**
   * Each time a stub lets pass or waits ({@code "after": "PT1H"} of a message or the time-passes
   * transformer), halved.
   */
  static List<Mutant> timesHalved(String file, List<Token> tokens) {
    List<Mutant> mutants = new ArrayList<>();
    for (Token t : tokens) {
      if (t.kind() != JsonToken.VALUE_STRING
          || !t.last().equals("after")
          || t.after("transformerParameters").isEmpty()) {
        continue;
      }
      Duration d;
      try {
        d = Duration.parse(t.value());
      } catch (DateTimeParseException e) {
        continue;
      }
      String half = d.dividedBy(2).toString();
      mutants.add(
          new Mutant(
              Operator.TimeHalved,
              file,
              List.of(new Edit(t.start() + 1, t.end() - t.start() - 2, half)),
              t.value(),
              half,
              "経過する時間「" + t.value() + "」を半分の「" + half + "」にする"));
    }
    return mutants;
  }

  /**
   * Each clock offset ({@code {{now offset='1 hours'}}}), halved (in the next smaller unit when
   * odd).
   */
  static List<Mutant> offsetsHalved(String file, String text) {
    List<Mutant> mutants = new ArrayList<>();
    Matcher m = OFFSET.matcher(text);
    while (m.find()) {
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2);
      String half = halved(n, unit);
      if (half == null) {
        continue;
      }
      mutants.add(
          new Mutant(
              Operator.TimeHalved,
              file,
              List.of(new Edit(m.start(1), m.end(2) - m.start(1), half)),
              m.group(1) + " " + unit,
              half,
              "時刻のずれ「" + m.group(1) + " " + unit + "」を半分の「" + half + "」にする"));
    }
    return mutants;
  }

  static String halved(long n, String unit) {
    if (n % 2 == 0) {
      return n / 2 + " " + unit;
    }
    return switch (unit.replaceAll("s$", "")) {
      case "day" -> n * 12 + " hours";
      case "hour" -> n * 30 + " minutes";
      case "minute" -> n * 30 + " seconds";
      case "year" -> n * 6 + " months";
      default -> null;
    };
  }
}
