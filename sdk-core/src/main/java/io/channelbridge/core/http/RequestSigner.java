package io.channelbridge.core.http;

import java.util.Map;

/**
 * Signs each attempt of a request, for channels that authenticate with an HMAC over the method,
 * path, query, time and body (Coupang's {@code CEA} scheme, webhook-style signatures) instead of,
 * or besides, a bearer token.
 *
 * <p>Called on every attempt, after the client-side rate limiter let it through, so a signature is
 * never stale. The headers it returns are set on the request and are always redacted from logs.
 */
@FunctionalInterface
public interface RequestSigner {

  /**
   * Signs one attempt.
   *
   * @param request the request as it will be sent
   * @return the headers to set, e.g. {@code Authorization}; never {@code null}
   */
  Map<String, String> sign(SignableRequest request);
}
