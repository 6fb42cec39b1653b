package io.channelbridge.core.http.internal;

import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ProtocolException;
import io.channelbridge.core.http.RequestSigner;
import io.channelbridge.core.http.SignableRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;

/** Calls the adapter's {@link RequestSigner} on every attempt and sets the headers it returns. */
public final class SigningInterceptor implements Interceptor {
  private static final byte[] NO_BODY = new byte[0];
  private final String channelId;
  private final RequestSigner signer;
  private final Clock clock;
  private final Redactor redactor;

  /**
   * Creates the interceptor.
   *
   * @param channelId the channel id
   * @param signer the signer
   * @param clock the clock signatures are dated by
   * @param redactor told the signed header names
   */
  public SigningInterceptor(
      String channelId, RequestSigner signer, Clock clock, Redactor redactor) {
    this.channelId = channelId;
    this.signer = signer;
    this.clock = clock;
    this.redactor = redactor;
  }

  @Override
  public okhttp3.Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    byte[] body = NO_BODY;
    RequestBody rb = request.body();
    if (rb != null && !rb.isOneShot() && !rb.isDuplex()) {
      Buffer buffer = new Buffer();
      rb.writeTo(buffer);
      body = buffer.readByteArray();
    }
    String query = request.url().encodedQuery();
    SignableRequest signable =
        new SignableRequest(
            request.method(),
            request.url().encodedPath(),
            query == null ? "" : query,
            body,
            clock.instant());
    Map<String, String> headers;
    try {
      headers = signer.sign(signable);
    } catch (ChannelException e) {
      throw new ChannelIOException(e);
    } catch (RuntimeException e) {
      throw new ChannelIOException(
          new ProtocolException(
              channelId,
              "the request signer failed: " + e.getClass().getSimpleName(),
              0,
              null,
              null,
              e));
    }
    Request.Builder signed = request.newBuilder();
    for (Map.Entry<String, String> h : headers.entrySet()) {
      redactor.addHeaderName(h.getKey());
      signed.header(h.getKey(), h.getValue());
    }
    return chain.proceed(signed.build());
  }
}
