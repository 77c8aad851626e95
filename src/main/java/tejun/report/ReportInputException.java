package tejun.report;

/** The messages file cannot be read: the message names the file and, where known, the line. */
public final class ReportInputException extends Exception {
  public ReportInputException(String message) {
    super(message);
  }
}
