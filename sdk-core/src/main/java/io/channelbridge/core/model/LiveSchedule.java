package io.channelbridge.core.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a seller asks for when scheduling a live broadcast. Checked by {@code LiveScheduleValidator}
 * before any call.
 *
 * @param title the broadcast title
 * @param start when the broadcast starts
 * @param duration how long it runs
 * @param featured the listings shown during the broadcast, on the same channel
 * @param host the host's name or channel-side host id, or {@code null}
 * @param thumbnailUrl the thumbnail image URL, or {@code null}
 * @param description a description, or {@code null}
 */
public record LiveSchedule(
    String title,
    Instant start,
    Duration duration,
    List<ListingRef> featured,
    String host,
    String thumbnailUrl,
    String description) {

  /** Creates a schedule; the featured list is copied. */
  public LiveSchedule {
    featured = Maps.copy(featured);
  }

  /**
   * When the broadcast ends.
   *
   * @return {@code start + duration}, or {@code null} if either is missing
   */
  public Instant end() {
    return start == null || duration == null ? null : start.plus(duration);
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LiveSchedule}. Not thread-safe. */
  public static final class Builder {
    private String title;
    private Instant start;
    private Duration duration;
    private Instant end;
    private final List<ListingRef> featured = new ArrayList<>();
    private String host;
    private String thumbnailUrl;
    private String description;

    private Builder() {}

    /**
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the start.
     *
     * @param start the start time
     * @return this builder
     */
    public Builder start(Instant start) {
      this.start = start;
      return this;
    }

    /**
     * Sets the duration (instead of {@link #end(Instant)}).
     *
     * @param duration the duration
     * @return this builder
     */
    public Builder duration(Duration duration) {
      this.duration = duration;
      this.end = null;
      return this;
    }

    /**
     * Sets the end (instead of {@link #duration(Duration)}).
     *
     * @param end the end time
     * @return this builder
     */
    public Builder end(Instant end) {
      this.end = end;
      this.duration = null;
      return this;
    }

    /**
     * Adds a featured listing.
     *
     * @param ref the listing
     * @return this builder
     */
    public Builder feature(ListingRef ref) {
      featured.add(ref);
      return this;
    }

    /**
     * Sets the host.
     *
     * @param host the host
     * @return this builder
     */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /**
     * Sets the thumbnail URL.
     *
     * @param thumbnailUrl the URL
     * @return this builder
     */
    public Builder thumbnailUrl(String thumbnailUrl) {
      this.thumbnailUrl = thumbnailUrl;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Builds the schedule; an end given instead of a duration becomes {@code end - start}.
     *
     * @return the schedule
     */
    public LiveSchedule build() {
      Duration d = duration;
      if (d == null && end != null && start != null) {
        d = Duration.between(start, end);
      }
      return new LiveSchedule(title, start, d, featured, host, thumbnailUrl, description);
    }
  }
}
