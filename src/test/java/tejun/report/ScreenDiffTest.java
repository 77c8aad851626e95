package tejun.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The comparison of one screen with the baseline's, on drawn pages. */
class ScreenDiffTest {
  private static final Color RED = new Color(0xd32f2f);

  @Test
  void theSamePageIsTheSame() throws IOException {
    assertThat(ScreenDiff.between(page("Login", 600), List.of(), page("Login", 600), List.of()))
        .isEmpty();
  }

  @Test
  void aChangedWordIsFramedWhereItIsAndNowhereElse() throws IOException {
    Optional<ScreenDiff.Difference> d =
        ScreenDiff.between(page("Login", 600), List.of(), page("Logon", 600), List.of());
    assertThat(d).isPresent();
    assertThat(d.get().areas()).isEqualTo(1);
    assertThat(d.get().heightChanged()).isFalse();
    BufferedImage diff = ImageIO.read(new ByteArrayInputStream(d.get().png()));
    assertThat(redIn(diff, 0, 80, 400, 160)).as("red around the changed word").isPositive();
    assertThat(redIn(diff, 0, 200, 400, 600)).as("red below it").isZero();
  }

  @Test
  void whatAPageMasksIsLeftOutAndShown() throws IOException {
    List<List<Integer>> code = List.of(List.of(40, 300, 200, 60));
    assertThat(
            ScreenDiff.between(
                page("Login", "123456", 600), code, page("Login", "987654", 600), code))
        .isEmpty();
  }

  @Test
  void aPageThatGrewIsAChangeThatSaysSo() throws IOException {
    Optional<ScreenDiff.Difference> d =
        ScreenDiff.between(page("Login", 600), List.of(), page("Login", 900), List.of());
    assertThat(d).isPresent();
    assertThat(d.get().heightChanged()).isTrue();
    assertThat(d.get().baselineHeight()).isEqualTo(600);
    assertThat(d.get().newHeight()).isEqualTo(900);
    BufferedImage diff = ImageIO.read(new ByteArrayInputStream(d.get().png()));
    assertThat(diff.getHeight()).isEqualTo(900);
    assertThat(redIn(diff, 0, 600, 400, 900)).as("red over the added part").isPositive();
  }

  private static byte[] page(String word, int height) throws IOException {
    return page(word, "", height);
  }

  private static byte[] page(String word, String code, int height) throws IOException {
    BufferedImage image = new BufferedImage(400, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 400, height);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 32));
    g.drawString(word, 40, 130);
    g.drawString(code, 50, 345);
    g.fillRect(40, height - 60, 300, 20);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static int redIn(BufferedImage image, int x0, int y0, int x1, int y1) {
    int n = 0;
    for (int y = y0; y < Math.min(y1, image.getHeight()); y++) {
      for (int x = x0; x < Math.min(x1, image.getWidth()); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == (RED.getRGB() & 0xffffff)) {
          n++;
        }
      }
    }
    return n;
  }
}
