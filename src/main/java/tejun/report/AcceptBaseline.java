package tejun.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code AcceptBaseline <messages.ndjson> <baselineDir>}: the run's screens become the ones the
 * next reports compare with ({@link Baseline#accept}). Exit 1 with one line when the messages or
 * the baseline cannot be read or written.
 */
public final class AcceptBaseline {
  private AcceptBaseline() {}

  public static void main(String[] args) {
    int code = run(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** What {@link #main} does, returning its exit code instead of exiting. */
  public static int run(String[] args) {
    if (args.length != 2) {
      System.err.println("使い方 (usage): AcceptBaseline <messages.ndjson> <baselineDir>");
      return 2;
    }
    try {
      RunModel model = RunModel.of(MessageReader.read(Path.of(args[0])));
      Baseline.Accepted a = Baseline.accept(model, Path.of(args[1]));
      System.out.println(
          "基準にしました (accepted): "
              + a.procedures()
              + " 手順、"
              + a.screens()
              + " 画面 → "
              + Path.of(args[1]).toAbsolutePath()
              + (a.dropped() > 0 ? "（機能ファイルにない " + a.dropped() + " 手順を外しました）" : ""));
      for (ProcedureKey k : a.notPassed()) {
        System.out.println("成功しなかったため前の基準のままです (not passed, kept as before): " + k.describe());
      }
      return 0;
    } catch (ReportInputException e) {
      System.err.println(e.getMessage());
      return 1;
    } catch (IOException e) {
      System.err.println(args[1] + ": 基準を書けません (cannot write the baseline): " + e);
      return 1;
    }
  }
}
