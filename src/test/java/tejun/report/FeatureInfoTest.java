package tejun.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Site folders and manual references, from the feature's uri and description. */
class FeatureInfoTest {
  @Test
  void siteIsTheFolderAfterFeatures() {
    assertEquals("membersclub", FeatureInfo.site("features/membersclub/line-auth.feature"));
    assertEquals(
        "membersclub", FeatureInfo.site("classpath:features/membersclub/line-auth.feature"));
    assertEquals(
        "www.example.jp", FeatureInfo.site("file:///work/x/features/www.example.jp/a/b.feature"));
    assertEquals("attachments", FeatureInfo.site("samples/attachments/attachments.feature"));
    assertEquals("その他", FeatureInfo.site("lonely.feature"));
  }

  @Test
  void referencesAcceptBothColons() {
    assertEquals("会員サイト操作マニュアル 第3章 p.42", FeatureInfo.reference("出典: 会員サイト操作マニュアル 第3章 p.42"));
    assertEquals("本人確認マニュアル 第5章 p.12", FeatureInfo.reference("出典：本人確認マニュアル 第5章 p.12"));
    assertNull(FeatureInfo.reference("この手順の出典: は文中にある"));
  }

  @Test
  void titleFallsBackToTheFileName() {
    FeatureInfo f = FeatureInfo.of("features/site/line-auth.feature", java.util.Optional.empty());
    assertEquals("line-auth", f.title());
    assertEquals("site", f.site());
  }
}
