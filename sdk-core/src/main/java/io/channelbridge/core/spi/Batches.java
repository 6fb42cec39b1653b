package io.channelbridge.core.spi;

import io.channelbridge.core.BatchResult;
import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ConflictException;
import io.channelbridge.core.error.NotFoundException;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs a batch write the way every adapter must: split by the channel's batch limit, one result per
 * item in input order, and never the loss of results the channel already applied.
 *
 * <p>Each item becomes one or more <em>units</em> the channel acts on (an order, or each of its
 * lines on channels that act per line); units are sent in requests of at most {@code limit}. The
 * rules:
 *
 * <ul>
 *   <li>A failure the channel reports for one unit fails that unit's item (the first failure of an
 *       item wins).
 *   <li>An exception about what a request names ({@link NotFoundException}, {@link
 *       ConflictException}, {@link ValidationException}) or a malformed reply to it ({@link
 *       ProtocolException}) fails the items of that request; the other requests go on.
 *   <li>Any other exception (authentication, permission, rate limit, unavailable after retries)
 *       concerns the call: if no request has been answered yet, nothing was applied and it is
 *       thrown; otherwise the results already known are kept, and the items of that request and of
 *       the requests not sent fail with it (a retry of exactly those is safe).
 * </ul>
 *
 * <p>Looking an item's units up ({@code unitsOf}) follows the same rules, before anything is sent.
 */
public final class Batches {
  private Batches() {}

  /**
   * Sends one request of units and reports the channel's per-unit failures.
   *
   * @param <U> the unit type
   */
  @FunctionalInterface
  public interface Sender<U> {
    /**
     * Sends one request.
     *
     * @param units at most the batch limit of units
     * @return failures by index into {@code units}; a unit not in the map succeeded
     * @throws ChannelException if the request as a whole failed
     */
    Map<Integer, ChannelException> send(List<U> units);
  }

  /**
   * Runs a batch whose items are the units.
   *
   * @param <T> the item type
   * @param items the items, in order
   * @param limit the most units per request
   * @param sender sends one request
   * @return one result per item, in order
   */
  public static <T> BatchResult<T> run(List<T> items, int limit, Sender<T> sender) {
    return run(items, List::of, limit, sender);
  }

  /**
   * Runs a batch whose items expand to units.
   *
   * @param <T> the item type
   * @param <U> the unit type
   * @param items the items, in order
   * @param unitsOf an item's units; may call the channel, may throw for the item
   * @param limit the most units per request
   * @param sender sends one request
   * @return one result per item, in order
   * @throws ChannelException if the call failed as a whole before anything was applied
   */
  public static <T, U> BatchResult<T> run(
      List<T> items, Function<T, List<U>> unitsOf, int limit, Sender<U> sender) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    ChannelException[] failure = new ChannelException[items.size()];
    List<U> units = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      try {
        for (U unit : unitsOf.apply(items.get(i))) {
          units.add(unit);
          owner.add(i);
        }
      } catch (ChannelException e) {
        if (!aboutTheItems(e)) {
          throw e;
        }
        failure[i] = e;
      }
    }
    boolean answered = false;
    for (int start = 0; start < units.size(); start += limit) {
      int end = Math.min(units.size(), start + limit);
      Map<Integer, ChannelException> failed;
      try {
        failed = sender.send(units.subList(start, end));
      } catch (ChannelException e) {
        if (aboutTheItems(e)) {
          failAll(failure, owner, start, end, e);
          continue;
        }
        if (!answered) {
          throw e;
        }
        failAll(failure, owner, start, units.size(), e);
        break;
      }
      answered = true;
      for (Map.Entry<Integer, ChannelException> f : failed.entrySet()) {
        int i = owner.get(start + f.getKey());
        if (failure[i] == null) {
          failure[i] = f.getValue();
        }
      }
    }
    List<BatchResult.Item<T>> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(
          failure[i] == null
              ? BatchResult.Item.ok(items.get(i))
              : BatchResult.Item.failed(items.get(i), failure[i]));
    }
    return new BatchResult<>(out);
  }

  private static void failAll(
      ChannelException[] failure, List<Integer> owner, int from, int to, ChannelException e) {
    for (int u = from; u < to; u++) {
      if (failure[owner.get(u)] == null) {
        failure[owner.get(u)] = e;
      }
    }
  }

  private static boolean aboutTheItems(ChannelException e) {
    return e instanceof NotFoundException
        || e instanceof ConflictException
        || e instanceof ValidationException
        || e instanceof ProtocolException;
  }
}
