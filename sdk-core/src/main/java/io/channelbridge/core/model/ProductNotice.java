package io.channelbridge.core.model;

import java.util.Map;
import java.util.Objects;

/**
 * The product information notice (상품정보제공고시) that Korean law requires on every listing: a notice
 * type (the product group, e.g. {@code FOOD}, {@code COSMETIC}, {@code ETC}) and its fields by
 * name. Adapters map the type and field names onto their channel's notice schema.
 *
 * @param type the notice type
 * @param fields the notice fields by name, in insertion order
 */
public record ProductNotice(String type, Map<String, String> fields) {

  /** Creates a notice; the fields are copied. */
  public ProductNotice {
    Objects.requireNonNull(type, "type");
    fields = Maps.copyOrdered(fields);
  }
}
