package io.channelbridge.core.http.internal;

import java.io.IOException;
import kotlin.jvm.functions.Function0;
import kotlin.reflect.KClass;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Timeout;

/**
 * What the transport's Retrofit gets from its call factory: the request Retrofit built, and the
 * client's real call made only when something else than {@link #request()} is asked. The {@link
 * CallExecutor} reads only the request and makes its own call for each attempt, so an SDK call no
 * longer builds an OkHttp call only to drop it; whoever executes a call of {@code
 * ChannelHttp.retrofit().callFactory()} still gets the client's.
 */
public final class DeferredCall implements Call {
  private final OkHttpClient client;
  private final Request request;
  private Call real; // guarded by this

  private DeferredCall(OkHttpClient client, Request request) {
    this.client = client;
    this.request = request;
  }

  /**
   * The call factory of a transport's Retrofit.
   *
   * @param client the channel's client, which executes the calls
   * @return the factory
   */
  public static Call.Factory factory(OkHttpClient client) {
    return request -> new DeferredCall(client, request);
  }

  private synchronized Call real() {
    if (real == null) {
      real = client.newCall(request);
    }
    return real;
  }

  @Override
  public Request request() {
    return request;
  }

  @Override
  public Response execute() throws IOException {
    return real().execute();
  }

  @Override
  public void enqueue(Callback callback) {
    real().enqueue(callback);
  }

  @Override
  public void cancel() {
    real().cancel();
  }

  @Override
  public boolean isExecuted() {
    return real().isExecuted();
  }

  @Override
  public boolean isCanceled() {
    return real().isCanceled();
  }

  @Override
  public Timeout timeout() {
    return real().timeout();
  }

  @Override
  public void addEventListener(EventListener listener) {
    real().addEventListener(listener);
  }

  @Override
  public <T> T tag(KClass<T> type) {
    return real().tag(type);
  }

  @Override
  public <T> T tag(Class<? extends T> type) {
    return real().tag(type);
  }

  @Override
  public <T> T tag(KClass<T> type, Function0<? extends T> computeIfAbsent) {
    return real().tag(type, computeIfAbsent);
  }

  @Override
  public <T> T tag(Class<T> type, Function0<? extends T> computeIfAbsent) {
    return real().tag(type, computeIfAbsent);
  }

  @Override
  public Call clone() {
    return new DeferredCall(client, request);
  }
}
