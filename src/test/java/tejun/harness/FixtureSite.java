package tejun.harness;

import java.io.IOException;
import java.nio.file.Path;
import tejun.FixtureStubs;
import tejun.Glue;

/**
 * The harness's own fixture sites, 見本サイト ({@code fixture}, with one step class of its own) and
 * 見本ショップ ({@code shop}, added by docs/adding-a-manual.md with no Java): features and stubs that
 * only the harness's tests use.
 */
final class FixtureSite {
  static final Path FEATURES = FixtureStubs.DIR.resolve("features");

  /** The shared glue and the one site package the fixture sites have: no real site's steps. */
  static final String GLUE = Glue.sharedAnd("fixture");

  private FixtureSite() {}

  /** The fixture stubs, written into {@code target}. */
  static Path stubsIn(Path target) throws IOException {
    return FixtureStubs.copyTo(target);
  }
}
