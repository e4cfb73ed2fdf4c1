package dev.ajar;

/**
 * What a text says about one {@link Right}.
 *
 * @since 0.2
 */
public enum RightStatus {
  /** Granted to every licensee without a limit. */
  GRANTED,
  /** Granted only within the {@link RightEntry#limits()} named. */
  LIMITED,
  /** Withheld: forbidden, or not granted in words that say so. */
  DENIED,
  /** The text says nothing about this right. */
  UNSTATED
}
