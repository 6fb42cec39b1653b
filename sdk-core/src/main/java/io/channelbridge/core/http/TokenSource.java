package io.channelbridge.core.http;

/**
 * Fetches a new access token from the channel, e.g. by calling its OAuth token endpoint through
 * {@link ChannelHttp#unauthenticated()}.
 *
 * <p>The transport calls it under single flight: however many threads need a token at once, one of
 * them calls {@link #fetch()} and the others wait for its result. It is called when there is no
 * token yet, when the token is about to expire ({@link ChannelHttp.Builder#refreshAhead}), and once
 * when the channel answers 401 to a token it had accepted. Implementations need not be thread-safe
 * for concurrent fetches, and must not cache: caching is the transport's job.
 */
@FunctionalInterface
public interface TokenSource {

  /**
   * Requests a new token.
   *
   * @return the token
   * @throws io.channelbridge.core.error.ChannelException if the channel refused or failed; thrown
   *     to every caller waiting for this token
   */
  AccessToken fetch();
}
