package io.channelbridge.core;

import io.channelbridge.core.model.Order;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A lazy walk over the order pages of {@link Orders#pull}, from {@link Orders#stream(Checkpoint)}:
 * {@link #hasNext()} pulls the next page when the current one is used up, and the walk ends when a
 * page says {@link OrderPage#hasMore()} {@code false} and its orders were returned. It is an {@link
 * Iterator} and, for a for-each loop, an {@link Iterable} of itself (iterate it once).
 *
 * <p><b>When {@link #checkpoint()} advances.</b> It starts at the checkpoint the stream was opened
 * with, and moves to a page's {@link OrderPage#next()} only once {@link #next()} has returned every
 * order of that page (for an empty page, as soon as the page is pulled). So a caller that handles
 * each order before asking for the next can stop at any moment, save {@code checkpoint()} and
 * resume later with {@code stream(saved)}: nothing is lost, and the orders of a page it stopped in
 * the middle of come again (dedupe by {@link Order#dedupeKey()}, as for {@code pull}).
 *
 * <p>Not thread-safe: one consumer iterates. Errors of a pull ({@link
 * io.channelbridge.core.error.ChannelException}) are thrown from {@link #hasNext()} or {@link
 * #next()}; the checkpoint stays where it was, so the stream (or a new one from {@code
 * checkpoint()}) can be retried. {@link #close()} stops the walk; later calls of {@link #hasNext()}
 * return {@code false}. The stream holds no connection between pulls, so closing is cheap.
 */
public final class OrderStream implements Iterator<Order>, Iterable<Order>, AutoCloseable {

  /** Pulls one page from a checkpoint; {@link Orders#pull(Checkpoint, CallOptions)} bound. */
  @FunctionalInterface
  public interface PageSource {
    /**
     * Pulls the page after a checkpoint.
     *
     * @param checkpoint where to continue
     * @return the page
     */
    OrderPage pull(Checkpoint checkpoint);
  }

  private final PageSource source;
  private final Deque<Order> buffer = new ArrayDeque<>();
  private Checkpoint checkpoint;
  private Checkpoint pageNext;
  private boolean lastPage;
  private boolean closed;

  /**
   * A stream that pulls pages from {@code source}, starting at {@code from}.
   *
   * @param source the page source, usually {@code cp -> orders.pull(cp, options)}
   * @param from where to start
   */
  public OrderStream(PageSource source, Checkpoint from) {
    this.source = Objects.requireNonNull(source, "source");
    this.checkpoint = Objects.requireNonNull(from, "from");
  }

  /**
   * Whether another order follows; pulls pages (as many as it takes to find an order or reach the
   * last page) when the current page is used up.
   *
   * @return {@code true} if {@link #next()} returns an order
   */
  @Override
  public boolean hasNext() {
    while (!closed && buffer.isEmpty()) {
      if (pageNext != null) {
        // every order of the previous page was returned
        checkpoint = pageNext;
        pageNext = null;
      }
      if (lastPage) {
        return false;
      }
      OrderPage page = Objects.requireNonNull(source.pull(checkpoint), "page");
      buffer.addAll(page.orders());
      pageNext = page.next();
      lastPage = !page.hasMore();
    }
    return !closed;
  }

  /**
   * The next order. Once it returns the last order of a page, {@link #checkpoint()} moves past that
   * page on the next call of {@code hasNext()} or {@code next()}, or at once when it is read.
   *
   * @return the order
   * @throws NoSuchElementException if the walk is over or the stream closed
   */
  @Override
  public Order next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more orders");
    }
    return buffer.removeFirst();
  }

  /**
   * Where to resume: the checkpoint after the last page whose every order {@link #next()} has
   * returned, or the start checkpoint while none has been. Save it after handling the orders
   * returned so far.
   *
   * @return the checkpoint
   */
  public Checkpoint checkpoint() {
    if (buffer.isEmpty() && pageNext != null) {
      checkpoint = pageNext;
      pageNext = null;
    }
    return checkpoint;
  }

  /**
   * This stream, for a for-each loop; it can be iterated once.
   *
   * @return this
   */
  @Override
  public Iterator<Order> iterator() {
    return this;
  }

  /** Stops the walk: later {@link #hasNext()} calls return {@code false}. */
  @Override
  public void close() {
    checkpoint();
    closed = true;
    buffer.clear();
    pageNext = null;
  }
}
