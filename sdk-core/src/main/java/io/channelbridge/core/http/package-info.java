/**
 * The HTTP transport adapters build on: {@link io.channelbridge.core.http.HttpStack} (one shared
 * OkHttp client per process), {@link io.channelbridge.core.http.ChannelHttp} (one per channel
 * account: Retrofit + Moshi, auth, retries, rate limits, error mapping, redacted logging), and the
 * small pieces an adapter supplies: a {@link io.channelbridge.core.http.TokenSource} or {@link
 * io.channelbridge.core.http.RequestSigner}, an {@link io.channelbridge.core.http.ErrorMapper}, a
 * {@link io.channelbridge.core.http.RetryPolicy}, a {@link
 * io.channelbridge.core.http.ChannelCallListener}. Everything under {@code internal} is not API.
 */
package io.channelbridge.core.http;
