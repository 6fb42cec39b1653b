package io.channelbridge.testkit;

import io.channelbridge.core.model.FulfilmentKind;
import io.channelbridge.core.model.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An order a buyer places, for {@link ChannelDriver#createOrder(OrderSpec)}: its lines and how it
 * reaches the buyer. The channel fills in the rest (ids, buyer, address, times).
 *
 * @param lines the lines; at least one
 * @param fulfilment how the order reaches the buyer
 */
public record OrderSpec(List<Line> lines, FulfilmentKind fulfilment) {

  /** Creates a spec; the line list is copied. */
  public OrderSpec {
    lines = List.copyOf(lines);
    Objects.requireNonNull(fulfilment, "fulfilment");
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an order needs at least one line");
    }
  }

  /**
   * One line of the order.
   *
   * @param sku the seller's SKU of the product bought
   * @param title the product name
   * @param quantity how many; at least 1
   * @param unitPrice the price of one unit; not negative
   */
  public record Line(String sku, String title, int quantity, Money unitPrice) {
    /** Creates a line. */
    public Line {
      Objects.requireNonNull(sku, "sku");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(unitPrice, "unitPrice");
      if (quantity < 1) {
        throw new IllegalArgumentException("quantity must be at least 1: " + quantity);
      }
      if (unitPrice.isNegative()) {
        throw new IllegalArgumentException("unit price must not be negative: " + unitPrice);
      }
    }
  }

  /**
   * A one-line parcel order.
   *
   * @param sku the SKU
   * @param title the product name
   * @param quantity how many
   * @param unitPrice the price of one unit
   * @return the spec
   */
  public static OrderSpec of(String sku, String title, int quantity, Money unitPrice) {
    return new OrderSpec(List.of(new Line(sku, title, quantity, unitPrice)), FulfilmentKind.PARCEL);
  }

  /**
   * A copy with one more line.
   *
   * @param line the line to add
   * @return the new spec
   */
  public OrderSpec withLine(Line line) {
    List<Line> more = new ArrayList<>(lines);
    more.add(line);
    return new OrderSpec(more, fulfilment);
  }

  /**
   * A copy with another fulfilment kind.
   *
   * @param kind how the order reaches the buyer
   * @return the new spec
   */
  public OrderSpec withFulfilment(FulfilmentKind kind) {
    return new OrderSpec(lines, kind);
  }
}
