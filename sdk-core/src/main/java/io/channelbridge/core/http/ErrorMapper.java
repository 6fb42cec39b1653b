package io.channelbridge.core.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channelbridge.core.error.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a channel's error body into a {@link ChannelError}. The adapter gives only the small part
 * that knows its channel's JSON shape; the transport handles the rest: empty bodies, HTML error
 * pages, truncated or unparseable JSON (the exception then follows the HTTP status alone), the
 * trace-id header, {@code Retry-After}, and the choice of exception type.
 *
 * <pre>{@code
 * record DeliveryError(Error error, String requestId) {
 *   record Error(String code, String message, List<Detail> details) {}
 *   record Detail(String field, String reason) {}
 * }
 * ErrorMapper.json(DeliveryError.class, e -> ChannelError.of(e.error().code(), e.error().message())
 *     .withTraceId(e.requestId()));
 * }</pre>
 */
public final class ErrorMapper {
  private final Function<Moshi, Function<String, ChannelError>> reader;

  private ErrorMapper(Function<Moshi, Function<String, ChannelError>> reader) {
    this.reader = reader;
  }

  /**
   * Reads error bodies as the JSON type {@code bodyType}, then turns that into a {@link
   * ChannelError} with {@code read}.
   *
   * @param bodyType the channel's error DTO
   * @param read from the DTO to the error; may return {@code null} if the body is not an error
   * @param <T> the DTO type
   * @return the mapper
   */
  public static <T> ErrorMapper json(Class<T> bodyType, Function<? super T, ChannelError> read) {
    Objects.requireNonNull(bodyType, "bodyType");
    Objects.requireNonNull(read, "read");
    return new ErrorMapper(
        moshi -> {
          JsonAdapter<T> adapter = moshi.adapter(bodyType).lenient();
          return body -> {
            try {
              T dto = adapter.fromJson(body);
              return dto == null ? null : read.apply(dto);
            } catch (java.io.IOException | RuntimeException e) {
              return null;
            }
          };
        });
  }

  /**
   * A mapper for channels that follow common conventions: a code in {@code code}, {@code errorCode}
   * or {@code error.code}; a message in {@code message}, {@code error.message} or {@code
   * error_description}; a trace id in {@code traceId}, {@code requestId} or {@code transactionId};
   * violations in {@code invalidInputs}, {@code details} or {@code error.details} with {@code
   * name}/{@code field} and {@code message}/{@code reason}. Used when an adapter sets none.
   *
   * @return the mapper
   */
  public static ErrorMapper generic() {
    return new ErrorMapper(
        moshi -> {
          JsonAdapter<Object> adapter = moshi.adapter(Object.class).lenient();
          return body -> {
            try {
              return fromMap(adapter.fromJson(body));
            } catch (java.io.IOException | RuntimeException e) {
              return null;
            }
          };
        });
  }

  /**
   * Reads an error body. The transport calls it; adapter tests may call it with fixture JSON.
   *
   * @param moshi the channel's Moshi ({@link ChannelHttp#moshi()})
   * @param body the body text
   * @return the error, or empty if the body is not JSON of the expected shape
   */
  public Optional<ChannelError> read(Moshi moshi, String body) {
    return Optional.ofNullable(reader.apply(moshi).apply(body));
  }

  /**
   * A reader bound to one Moshi, for repeated use.
   *
   * @param moshi the channel's Moshi
   * @return a function from body text to error, or to {@code null}
   */
  Function<String, ChannelError> bind(Moshi moshi) {
    return reader.apply(moshi);
  }

  private static ChannelError fromMap(Object json) {
    if (!(json instanceof Map<?, ?> root)) {
      return null;
    }
    Map<?, ?> nested = root.get("error") instanceof Map<?, ?> m ? m : Map.of();
    String code = first(root, "code", "errorCode");
    if (code == null) {
      code = first(nested, "code");
    }
    String message = first(root, "message", "error_description", "errorMessage");
    if (message == null) {
      message = first(nested, "message");
    }
    if (message == null && root.get("error") instanceof String s) {
      message = s;
    }
    String traceId = first(root, "traceId", "requestId", "transactionId", "trace_id");
    List<Violation> violations = new ArrayList<>();
    for (Object list :
        new Object[] {root.get("invalidInputs"), root.get("details"), nested.get("details")}) {
      if (list instanceof List<?> items) {
        for (Object item : items) {
          if (item instanceof Map<?, ?> v) {
            String field = first(v, "name", "field");
            String reason = first(v, "message", "reason", "description");
            String type = first(v, "type", "code");
            if (field != null || reason != null) {
              violations.add(
                  new Violation(
                      field == null ? "request" : field,
                      type == null ? "invalid" : type,
                      reason == null ? "invalid" : reason));
            }
          }
        }
      }
    }
    if (code == null && message == null && traceId == null && violations.isEmpty()) {
      return null;
    }
    return new ChannelError(code, message, traceId, violations, null);
  }

  private static String first(Map<?, ?> map, String... keys) {
    for (String k : keys) {
      Object v = map.get(k);
      if (v instanceof String s && !s.isBlank()) {
        return s;
      }
      if (v instanceof Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) ? Long.toString((long) d) : n.toString();
      }
    }
    return null;
  }
}
