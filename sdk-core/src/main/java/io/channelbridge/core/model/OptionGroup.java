package io.channelbridge.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An option dimension of a listing, such as colour or size, with its values.
 *
 * @param name the dimension's name, e.g. {@code 색상}
 * @param values the values, e.g. {@code [빨강, 파랑]}
 */
public record OptionGroup(String name, List<String> values) {

  /** Creates a group; the values are copied. */
  public OptionGroup {
    Objects.requireNonNull(name, "name");
    values = Maps.copy(values);
  }
}
