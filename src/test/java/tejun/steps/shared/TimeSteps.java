package tejun.steps.shared;

import io.cucumber.java.ParameterType;
import io.cucumber.java.ja.もし;
import java.text.Normalizer;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tejun.context.ScenarioContext;

/**
 * Time passing as a manual says it (「約1時間」, 「1週間程」): the simulated network's clock moves on at
 * once, and what fell due meanwhile (a mail sent for later) arrives. Nothing waits in real time.
 */
public class TimeSteps {
  private static final Pattern SPOKEN = Pattern.compile("約?([0-9０-９]+)(秒|分|時間|日|週間)(?:程|ほど)?");
  private static final Map<String, Duration> UNITS =
      Map.of(
          "秒", ChronoUnit.SECONDS.getDuration(),
          "分", ChronoUnit.MINUTES.getDuration(),
          "時間", ChronoUnit.HOURS.getDuration(),
          "日", ChronoUnit.DAYS.getDuration(),
          "週間", ChronoUnit.WEEKS.getDuration());

  private final ScenarioContext context;

  public TimeSteps(ScenarioContext context) {
    this.context = context;
  }

  /** A length of time: 30分, 約1時間, 1週間程, 2日ほど (units 秒, 分, 時間, 日, 週間). */
  @ParameterType(name = "時間", value = "約?[0-9０-９]+(?:秒|分|時間|日|週間)(?:程|ほど)?")
  public Duration duration(String spoken) {
    return parse(spoken);
  }

  @もし("{時間}が経つ")
  public void timePasses(Duration duration) {
    context.network().passTime(duration);
  }

  static Duration parse(String spoken) {
    Matcher m = SPOKEN.matcher(spoken.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("「" + spoken + "」は時間の長さではありません (30分、約1時間、1週間程 のように)");
    }
    long amount = Long.parseLong(Normalizer.normalize(m.group(1), Normalizer.Form.NFKC));
    return UNITS.get(m.group(2)).multipliedBy(amount);
  }
}
