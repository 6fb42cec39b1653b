package io.channelbridge.hub;

import io.channelbridge.core.error.ChannelException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The per-channel results of one {@link ChannelHub} call, in the order the channels were added to
 * the hub. One channel's failure is just its entry: the others are unaffected.
 *
 * @param <T> the value type
 * @param results one result per channel the call went to
 */
public record ChannelResults<T>(List<ChannelResult<T>> results) {

  /** Creates the results; the list is copied. */
  public ChannelResults {
    results = List.copyOf(results);
  }

  /**
   * The result of one channel.
   *
   * @param channel the channel's key
   * @return the result, or empty if the call did not go to that channel
   */
  public Optional<ChannelResult<T>> get(String channel) {
    return results.stream().filter(r -> r.channel().equals(channel)).findFirst();
  }

  /**
   * The values of the channels that succeeded, by channel key, e.g. the {@code ListingRef}s to pass
   * to {@link ChannelHub#updateEverywhere(Map, io.channelbridge.core.model.ListingUpdate)}.
   *
   * @return the values, in hub order, unmodifiable
   */
  public Map<String, T> succeeded() {
    Map<String, T> out = new LinkedHashMap<>();
    for (ChannelResult<T> r : results) {
      if (r.succeeded()) {
        out.put(r.channel(), r.value());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The errors of the channels that failed, by channel key.
   *
   * @return the errors, in hub order, unmodifiable
   */
  public Map<String, ChannelException> failed() {
    Map<String, ChannelException> out = new LinkedHashMap<>();
    for (ChannelResult<T> r : results) {
      if (!r.succeeded()) {
        out.put(r.channel(), r.error());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Whether every channel succeeded.
   *
   * @return {@code true} if no result has an error (also when there are no results)
   */
  public boolean allSucceeded() {
    return results.stream().allMatch(ChannelResult::succeeded);
  }
}
