package io.channelbridge.core.http.internal;

import io.channelbridge.core.http.Idempotent;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Lets API methods return the decoded body itself (or {@code retrofit2.Response<T>} when the
 * adapter needs headers), executed synchronously by the {@link CallExecutor} with retries, rate
 * limits and error mapping. Methods returning {@code Call} or futures are rejected, so that no API
 * method can bypass the transport's rules.
 */
public final class BodyCallAdapterFactory extends CallAdapter.Factory {
  private final CallExecutor executor;

  /**
   * Creates the factory.
   *
   * @param executor runs the calls
   */
  public BodyCallAdapterFactory(CallExecutor executor) {
    this.executor = executor;
  }

  @Override
  public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    Class<?> raw = getRawType(returnType);
    if (raw == Call.class || raw == CompletableFuture.class) {
      throw new IllegalArgumentException(
          "ChannelBridge API methods return the body type itself (or retrofit2.Response<T>), not "
              + raw.getSimpleName()
              + ": the transport executes them");
    }
    boolean wantsResponse = raw == retrofit2.Response.class;
    if (wantsResponse && !(returnType instanceof ParameterizedType)) {
      throw new IllegalArgumentException("Response must be parameterized, e.g. Response<Void>");
    }
    Type bodyType =
        wantsResponse ? getParameterUpperBound(0, (ParameterizedType) returnType) : returnType;
    boolean idempotent = false;
    boolean unreadableIsTransient = false;
    for (Annotation a : annotations) {
      idempotent |= a instanceof Idempotent;
      unreadableIsTransient |= a instanceof UnreadableReplyIsTransient;
    }
    Converter<ResponseBody, ?> converter =
        bodyType == Void.class ? null : retrofit.responseBodyConverter(bodyType, annotations);
    boolean isIdempotent = idempotent;
    boolean transientUnreadable = unreadableIsTransient;
    return new CallAdapter<Object, Object>() {
      @Override
      public Type responseType() {
        return bodyType;
      }

      @Override
      public Object adapt(Call<Object> call) {
        return executor.execute(
            call.request(), converter, wantsResponse, isIdempotent, transientUnreadable);
      }
    };
  }
}
