package dev.ajar.cli;

/**
 * The exit codes of the {@code ajar} command, as documented in the README.
 *
 * <p>When several apply, the highest wins: a policy violation (3) outranks an unreadable input (2),
 * because a CI gate must fail on what was found even if something else could not be read.
 */
public final class ExitCodes {
  /** Every input was classified and none broke the policy (or no policy was given). */
  public static final int OK = 0;

  /** The command line was wrong: unknown option, class name or restriction slug, no path. */
  public static final int USAGE = 1;

  /** Some input could not be read or classified; the others were still reported. */
  public static final int INPUT_ERROR = 2;

  /**
   * At least one file matched {@code --fail-on} or {@code --fail-on-restriction}, or (with {@code
   * --fail-on-mismatch}) differs from the license its model repository declares.
   */
  public static final int POLICY_VIOLATION = 3;

  /** A bug in ajar itself: an unexpected exception outside the per-file handling. */
  public static final int INTERNAL_ERROR = 4;

  private ExitCodes() {}
}
