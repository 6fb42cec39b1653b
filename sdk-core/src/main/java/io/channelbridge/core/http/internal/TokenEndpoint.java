package io.channelbridge.core.http.internal;

import io.channelbridge.core.CallOptions;
import io.channelbridge.core.http.Idempotent;
import java.util.Map;
import retrofit2.http.FieldMap;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.POST;
import retrofit2.http.Tag;
import retrofit2.http.Url;

/**
 * An OAuth 2.0 token endpoint: a form {@code POST} answered with a token reply. Asking twice only
 * issues two tokens, so it is retried like any idempotent call.
 */
public interface TokenEndpoint {

  /**
   * Requests a token.
   *
   * @param url the token URL, absolute or relative to the channel's base URL
   * @param form the form fields
   * @param options the call's deadline
   * @return the reply
   */
  @Idempotent
  @UnreadableReplyIsTransient
  @FormUrlEncoded
  @POST
  TokenReply token(@Url String url, @FieldMap Map<String, String> form, @Tag CallOptions options);
}
