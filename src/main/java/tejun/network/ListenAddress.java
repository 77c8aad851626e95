package tejun.network;

import tejun.HarnessException;

/**
 * Where the simulated network listens ({@code -Dtejun.bind}, loopback by default) and the address
 * browsers are given for it ({@code -Dtejun.advertise}, the bind address by default): a Selenium
 * Grid whose nodes run on other machines needs both.
 */
public record ListenAddress(String bind, String advertised) {
  public static final ListenAddress LOOPBACK = new ListenAddress("127.0.0.1", "127.0.0.1");

  public static ListenAddress fromSystemProperties() {
    return of(System.getProperty("tejun.bind"), System.getProperty("tejun.advertise"));
  }

  /** Either may be null: loopback, and the bind address. */
  public static ListenAddress of(String bindOrNull, String advertisedOrNull) {
    String bind = bindOrNull == null ? LOOPBACK.bind() : bindOrNull;
    String advertised = advertisedOrNull == null ? bind : advertisedOrNull;
    if (advertised.equals("0.0.0.0") || advertised.equals("::")) {
      throw new HarnessException(
          "-Dtejun.bind="
              + bind
              + " listens on every address, but browsers need one: add -Dtejun.advertise=<the"
              + " address the Grid's nodes reach this machine at>.");
    }
    return new ListenAddress(bind, advertised);
  }
}
