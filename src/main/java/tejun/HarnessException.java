package tejun;

/** A problem with the harness's own input or machine, worded so that it names the fix. */
public class HarnessException extends RuntimeException {
  public HarnessException(String message) {
    super(message);
  }

  public HarnessException(String message, Throwable cause) {
    super(message, cause);
  }
}
