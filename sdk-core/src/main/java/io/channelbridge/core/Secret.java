package io.channelbridge.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A credential that never prints: {@link #toString()} is {@code ****}. Call {@link #reveal()} only
 * where the value is sent or used for signing.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a value.
   *
   * @param value the secret value
   * @return the secret
   */
  public static Secret of(String value) {
    return new Secret(Objects.requireNonNull(value, "value"));
  }

  /**
   * The value itself. Never log it.
   *
   * @return the value
   */
  public String reveal() {
    return value;
  }

  /** Compares in constant time. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Secret other
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), other.value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return 0; // no hash of the value: it could help guess it
  }

  /** Always {@code ****}. */
  @Override
  public String toString() {
    return "****";
  }
}
