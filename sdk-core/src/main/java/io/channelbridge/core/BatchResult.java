package io.channelbridge.core;

import io.channelbridge.core.error.ChannelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The per-item outcome of a batch call: batches partially succeed on every real channel, so {@code
 * acknowledge} and {@code ship} report each item instead of throwing for the first failure. A
 * failure of the whole call (authentication, transport) is still thrown.
 *
 * @param <T> the item type
 * @param items one result per item, in request order
 */
public record BatchResult<T>(List<Item<T>> items) {

  /** Creates a result; the list is copied. */
  public BatchResult {
    items = List.copyOf(items);
  }

  /**
   * The outcome for one item.
   *
   * @param <T> the item type
   * @param item the item
   * @param error why it failed, or {@code null} if it succeeded
   */
  public record Item<T>(T item, ChannelException error) {

    /** Creates an outcome; the item is required. */
    public Item {
      Objects.requireNonNull(item, "item");
    }

    /**
     * A success.
     *
     * @param <T> the item type
     * @param item the item
     * @return the outcome
     */
    public static <T> Item<T> ok(T item) {
      return new Item<>(item, null);
    }

    /**
     * A failure.
     *
     * @param <T> the item type
     * @param item the item
     * @param error why
     * @return the outcome
     */
    public static <T> Item<T> failed(T item, ChannelException error) {
      return new Item<>(item, Objects.requireNonNull(error, "error"));
    }

    /**
     * Whether the item succeeded.
     *
     * @return {@code true} on success
     */
    public boolean succeeded() {
      return error == null;
    }
  }

  /**
   * The items that succeeded.
   *
   * @return the items
   */
  public List<T> succeeded() {
    List<T> out = new ArrayList<>();
    for (Item<T> i : items) {
      if (i.succeeded()) {
        out.add(i.item());
      }
    }
    return out;
  }

  /**
   * The outcomes that failed.
   *
   * @return the failures
   */
  public List<Item<T>> failed() {
    List<Item<T>> out = new ArrayList<>();
    for (Item<T> i : items) {
      if (!i.succeeded()) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Whether every item succeeded.
   *
   * @return {@code true} if none failed
   */
  public boolean allSucceeded() {
    return items.stream().allMatch(Item::succeeded);
  }

  /**
   * Joins results of consecutive sub-batches, keeping order.
   *
   * @param <T> the item type
   * @param parts the results
   * @return one result
   */
  public static <T> BatchResult<T> concat(List<BatchResult<T>> parts) {
    List<Item<T>> all = new ArrayList<>();
    parts.forEach(p -> all.addAll(p.items()));
    return new BatchResult<>(all);
  }
}
