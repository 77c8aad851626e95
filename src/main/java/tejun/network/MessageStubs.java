package tejun.network;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.google.common.html.HtmlEscapers;
import java.util.List;
import java.util.Map;
import tejun.HarnessException;

/**
 * What the {@code send-mail} and {@code phone} transformers share: their parameters (one object or
 * a list of them, each field a template), the check made when the stubs are loaded, and the page
 * shown when a stub's message cannot be sent as it stands.
 */
final class MessageStubs {
  /** A transformer that sends messages, the parameter it reads, and the fields each needs. */
  record Sender(String transformer, String parameter, List<String> fields, String example) {}

  static final Sender MAIL =
      new Sender(
          "send-mail",
          "mail",
          List.of("from", "to", "subject", "body"),
          "{\"from\": \"株式会社見本 <no-reply@example.jp>\", \"to\": \"{{site-state …}}\","
              + " \"subject\": \"…\", \"body\": \"…\"}");

  static final Sender PHONE =
      new Sender(
          "phone",
          "phone",
          List.of("to", "kind", "from", "text"),
          "{\"to\": \"{{site-state …}}\", \"kind\": \"sms\", \"from\": \"見本\", \"text\": \"…\"}");

  private MessageStubs() {}

  /** The messages a stub's parameters describe: one object, or a list of them. */
  static List<Map<?, ?>> messages(Object parameter) {
    if (parameter instanceof Map<?, ?> one) {
      return List.of(one);
    }
    if (parameter instanceof List<?> many) {
      return many.stream().<Map<?, ?>>map(m -> (Map<?, ?>) m).toList();
    }
    return List.of();
  }

  /**
   * Fails at start, in one line naming the stub and the fix, when a stub uses a sender without
   * every field it needs, or gives its parameters without using it.
   */
  static void check(StubMapping mapping, String where) {
    for (Sender sender : List.of(MAIL, PHONE)) {
      check(sender, mapping, where);
    }
  }

  private static void check(Sender sender, StubMapping mapping, String where) {
    String stub = "Stub \"" + mapping.getName() + "\" in " + where;
    List<String> transformers = mapping.getResponse().getTransformers();
    boolean used = transformers != null && transformers.contains(sender.transformer());
    Map<String, Object> parameters = mapping.getResponse().getTransformerParameters();
    Object parameter = parameters == null ? null : parameters.get(sender.parameter());
    String place = "transformerParameters." + sender.parameter();
    if (!used) {
      if (parameter != null) {
        throw new HarnessException(
            stub
                + " has "
                + place
                + " but does not list \""
                + sender.transformer()
                + "\" in its transformers: add it (after \"site-state\").");
      }
      return;
    }
    if (!validShape(parameter)) {
      throw new HarnessException(
          stub
              + " uses \""
              + sender.transformer()
              + "\" without "
              + place
              + ": give it an object (or a list of them) such as "
              + sender.example()
              + ".");
    }
    for (Map<?, ?> message : messages(parameter)) {
      for (String field : sender.fields()) {
        if (!(message.get(field) instanceof String value) || value.isBlank()) {
          throw new HarnessException(
              stub
                  + ": "
                  + place
                  + " has no \""
                  + field
                  + "\": give every "
                  + sender.parameter()
                  + " "
                  + String.join(", ", sender.fields())
                  + " (WireMock templates), such as "
                  + sender.example()
                  + ".");
        }
      }
      if (sender == MAIL
          && message.get(SendMailTransformer.AFTER) instanceof String after
          && !after.contains("{{")) {
        try {
          SimulatedClock.duration(after);
        } catch (IllegalArgumentException e) {
          throw new HarnessException(
              stub
                  + ": "
                  + place
                  + " has \"after\": \""
                  + after
                  + "\": give an ISO-8601 duration such as PT1H, PT30M or P1W.");
        }
      }
      if (sender == PHONE
          && message.get("kind") instanceof String kind
          && !kind.contains("{{")
          && SimulatedPhone.Kind.of(kind).isEmpty()) {
        throw new HarnessException(
            stub + ": " + place + " has \"kind\": \"" + kind + "\": use \"sms\" or \"voice\".");
      }
    }
  }

  private static boolean validShape(Object parameter) {
    if (parameter instanceof Map<?, ?>) {
      return true;
    }
    return parameter instanceof List<?> list
        && !list.isEmpty()
        && list.stream().allMatch(m -> m instanceof Map<?, ?>);
  }

  /**
   * The page shown instead of the stub's answer when its message cannot be sent (a template that
   * rendered to no address, say): its title is what the failing step reports.
   */
  static ResponseDefinition problem(String transformer, String stub, String what, String fix) {
    String title = escape("tejun: スタブ「" + stub + "」の " + transformer + ": " + what);
    String html =
        """
        <!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>%s</title></head>
        <body><h1>%s</h1><p>%s</p></body></html>
        """
            .formatted(title, title, escape(fix));
    return new ResponseDefinitionBuilder()
        .withStatus(500)
        .withHeader("Content-Type", "text/html; charset=utf-8")
        .withHeader("Cache-Control", "no-store")
        .withBody(html)
        .build();
  }

  private static String escape(String text) {
    return HtmlEscapers.htmlEscaper().escape(text);
  }
}
