package io.channelbridge.core.webhook;

import io.channelbridge.core.event.ChannelEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Drops events delivered more than once, by event id, with bounded memory: it remembers at most
 * {@code capacity} ids, each for at most {@code retention}, forgetting the oldest first. An event
 * repeated after it was forgotten gets through again, so size both above the channel's redelivery
 * window. Thread-safe.
 *
 * <pre>{@code
 * EventIdDeduplicator seen = new EventIdDeduplicator(100_000, Duration.ofHours(24), Clock.systemUTC());
 * for (ChannelEvent e : seen.firstDeliveries(channel.parseWebhook(headers, body))) { handle(e); }
 * }</pre>
 */
public final class EventIdDeduplicator {
  private final int capacity;
  private final Duration retention;
  private final Clock clock;
  private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

  /**
   * Creates a deduplicator.
   *
   * @param capacity the most ids remembered, at least 1
   * @param retention how long an id is remembered, positive
   * @param clock the clock retention is measured on
   */
  public EventIdDeduplicator(int capacity, Duration retention, Clock clock) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention must be positive: " + retention);
    }
    this.capacity = capacity;
    this.retention = retention;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Records an event id.
   *
   * @param eventId the id
   * @return {@code true} the first time (within capacity and retention), {@code false} for a repeat
   */
  public synchronized boolean markSeen(String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    Instant now = clock.instant();
    Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator();
    while (it.hasNext()) {
      if (Duration.between(it.next().getValue(), now).compareTo(retention) < 0) {
        break; // insertion order is time order: the rest are younger
      }
      it.remove();
    }
    if (seen.containsKey(eventId)) {
      return false;
    }
    seen.put(eventId, now);
    if (seen.size() > capacity) {
      it = seen.entrySet().iterator();
      it.next();
      it.remove();
    }
    return true;
  }

  /**
   * The events whose id was not seen before, in order; records them.
   *
   * @param events parsed events
   * @return the first deliveries
   */
  public List<ChannelEvent> firstDeliveries(List<ChannelEvent> events) {
    List<ChannelEvent> out = new ArrayList<>();
    for (ChannelEvent e : events) {
      if (markSeen(e.eventId())) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * How many ids are remembered now.
   *
   * @return the count
   */
  public synchronized int size() {
    return seen.size();
  }

  @Override
  public String toString() {
    return "EventIdDeduplicator[capacity=" + capacity + ", retention=" + retention + ']';
  }
}
