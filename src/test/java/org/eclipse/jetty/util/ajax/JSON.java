package org.eclipse.jetty.util.ajax;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.json.Json;

/**
 * Test-only stand-in for Jetty 9.4's {@code JSON.parse}, which the Nu Html Checker (nu.validator
 * 20.6.30) uses to load its language profiles. The project's WireMock brings Jetty 11, whose JSON
 * class no longer has these static methods, so the checker's own Jetty 9 jars are excluded and this
 * class answers instead: objects as HashMap, arrays as Object[], integers as Long, as Jetty 9.4
 * did.
 */
public final class JSON {
  private JSON() {}

  public static Object parse(String s) {
    return convert(new Json().toType(s, Object.class));
  }

  public static Object parse(InputStream in) {
    try {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object convert(Object o) {
    if (o instanceof Map<?, ?> m) {
      HashMap<Object, Object> map = new HashMap<>();
      m.forEach((k, v) -> map.put(k, convert(v)));
      return map;
    }
    if (o instanceof List<?> l) {
      return l.stream().map(JSON::convert).toArray();
    }
    if (o instanceof Number n && !(o instanceof Long) && !(o instanceof Double)) {
      return n.doubleValue() == Math.rint(n.doubleValue())
          ? (Object) n.longValue()
          : (Object) n.doubleValue();
    }
    return o;
  }
}
