package tejun.hooks;

/**
 * The order of the AfterStep hooks, which Cucumber runs highest first: the report and the baseline
 * read a step's screens first, then the network state, then what arrived.
 */
final class AfterStepOrder {
  static final int SCREENS = 30;
  static final int NETWORK_STATE = 20;
  static final int RECEIVED_MESSAGES = 10;

  private AfterStepOrder() {}
}
