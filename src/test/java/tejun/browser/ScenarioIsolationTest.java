package tejun.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import tejun.FixtureStubs;
import tejun.network.SimulatedNetwork;

/**
 * Two scenarios one after the other in the same kept Chromium, each in a context of its own on its
 * own simulated network: the second finds nothing the first left (cookies, storage, the HTTP cache,
 * HTTP authentication, tabs), and its requests reach only its own network. Each kind of leak is
 * first shown to persist within a scenario, so its absence afterwards means something. The
 * credentials go with every later request under the same path without being asked for, so a request
 * that is refused without them and never asks shows whether the browser still holds them. (Over
 * plain HTTP: Chromium caches nothing from a site whose certificate it was told to accept.)
 */
class ScenarioIsolationTest {
  private static final String SITE = "http://tejun.test";
  private static final String PAGE = SITE + "/isolation/page";

  @Test
  void nothingOfOneScenarioReachesTheNext(@TempDir Path stubs) throws IOException {
    FixtureStubs.copyTo(stubs);
    Files.writeString(stubs.resolve("mappings/tejun.test/isolation.json"), STUBS);
    BrowserSettings settings = BrowserSettings.fromSystemProperties();
    assertThat(settings.isolation()).isEqualTo(BrowserSettings.Isolation.CONTEXT);

    try (SimulatedNetwork first = SimulatedNetwork.start(stubs, 0);
        SimulatedNetwork second = SimulatedNetwork.start(stubs, 0)) {
      WebDriver kept;
      try (ScenarioBrowser browser =
          ScenarioBrowser.open(settings, first.proxyAddress(), Optional.empty())) {
        kept = browser.driver();
        WebDriver driver = kept.switchTo().window(browser.firstWindow());
        driver.get(SITE.replace("http://", "http://tejun:secret@") + "/isolation/secret");
        driver.get(PAGE);
        script(driver, "localStorage.setItem('left', 'behind');");
        script(driver, "document.cookie = 'script=left; max-age=3600; path=/';");

        assertThat(script(driver, "return document.cookie;")).isEqualTo("server=left; script=left");
        assertThat(script(driver, "return location.href;")).isEqualTo(PAGE);
        assertThat(fetchTwice(driver, "/isolation/cached.js")).isEqualTo("cached cached");
        assertThat(fetch(driver, "/isolation/data")).isEqualTo("200");
        browser.open(WindowType.TAB);
        assertThat(browser.windows()).hasSize(2);
        assertThat(requestsFor(first, "/isolation/cached.js")).isEqualTo(1);
      }
      int firstRequests = first.requests().size();

      try (ScenarioBrowser browser =
          ScenarioBrowser.open(settings, second.proxyAddress(), Optional.empty())) {
        assertThat(browser.driver()).isSameAs(kept);
        WebDriver driver = kept.switchTo().window(browser.firstWindow());
        driver.get(PAGE);

        assertThat(browser.windows()).hasSize(1);
        assertThat(script(driver, "return document.cookie;")).isEqualTo("server=left");
        assertThat(script(driver, "return localStorage.getItem('left');")).isNull();
        assertThat(fetchTwice(driver, "/isolation/cached.js")).isEqualTo("cached cached");
        assertThat(requestsFor(second, "/isolation/cached.js")).isEqualTo(1);
        assertThat(fetch(driver, "/isolation/data")).isEqualTo("401");
      }
      assertThat(first.requests()).hasSize(firstRequests);
    }
  }

  private static long requestsFor(SimulatedNetwork network, String path) {
    return network.requests().stream().filter(r -> r.getUrl().equals(path)).count();
  }

  private static Object script(WebDriver driver, String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private static String fetch(WebDriver driver, String path) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => done(String(r.status)));",
                path);
  }

  private static String fetchTwice(WebDriver driver, String path) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const get = () => fetch(arguments[0]).then(r => r.text());"
                    + "get().then(a => get().then(b => done(a + ' ' + b)));",
                path);
  }

  private static final String STUBS =
      """
      { "mappings": [
        { "name": "隔離の確認: Cookie を置くページ",
          "request": { "method": "GET", "urlPath": "/isolation/page" },
          "response": { "status": 200,
            "headers": { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store",
                         "Set-Cookie": "server=left; Max-Age=3600; Path=/" },
            "body": "<!doctype html><html lang=ja><title>隔離の確認</title><p>ページ</p></html>" } },
        { "name": "隔離の確認: キャッシュされるスクリプト",
          "request": { "method": "GET", "urlPath": "/isolation/cached.js" },
          "response": { "status": 200,
            "headers": { "Content-Type": "text/javascript", "Cache-Control": "max-age=3600" },
            "body": "cached" } },
        { "name": "隔離の確認: 認証の済んだページ",
          "priority": 1,
          "request": { "method": "GET", "urlPath": "/isolation/secret",
            "headers": { "Authorization": { "equalTo": "Basic dGVqdW46c2VjcmV0" } } },
          "response": { "status": 200, "headers": { "Cache-Control": "no-store" },
            "body": "secret" } },
        { "name": "隔離の確認: 認証を求めるページ",
          "priority": 2,
          "request": { "method": "GET", "urlPath": "/isolation/secret" },
          "response": { "status": 401,
            "headers": { "WWW-Authenticate": "Basic realm=\\"tejun\\"", "Cache-Control": "no-store" },
            "body": "認証が必要です" } },
        { "name": "隔離の確認: 認証の済んだ人にだけ答えるデータ (認証を求めない)",
          "priority": 1,
          "request": { "method": "GET", "urlPath": "/isolation/data",
            "headers": { "Authorization": { "equalTo": "Basic dGVqdW46c2VjcmV0" } } },
          "response": { "status": 200, "headers": { "Cache-Control": "no-store" },
            "body": "data" } },
        { "name": "隔離の確認: 認証のない人へのデータの拒否",
          "priority": 2,
          "request": { "method": "GET", "urlPath": "/isolation/data" },
          "response": { "status": 401, "headers": { "Cache-Control": "no-store" } } }
      ] }
      """;
}
