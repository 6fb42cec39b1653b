package io.channelbridge.core.http.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okio.Buffer;

/**
 * Removes secrets and buyers' personal data from what the transport logs and from exception
 * messages: headers by name ({@code Authorization}, signature and token headers, the headers a
 * {@code RequestSigner} sets), JSON and form fields by name (tokens, secrets, passwords, phone
 * numbers, addresses, buyer names), and, as a last net, any known secret value and anything shaped
 * like a Korean phone number wherever it appears.
 */
public final class Redactor {
  static final String MASK = "****";
  private static final int MAX_BODY_CHARS = 16 * 1024;
  private static final int MAX_SECRET_VALUES = 32;

  /**
   * Korean phone and safe numbers in free text ({@code 010-1234-5678}, {@code 0504-1234-5678},
   * {@code 02-123-4567}, {@code 01012345678}), e.g. echoed in a channel's error message.
   */
  private static final Pattern PHONE =
      Pattern.compile("(?<![\\d-])(?:0\\d{1,3}-\\d{3,4}-\\d{4}|01[016789]\\d{7,8})(?![\\d-])");

  private final Set<String> headerNames = ConcurrentHashMap.newKeySet();
  private final Set<String> fieldNames;
  private final Deque<String> secretValues = new ArrayDeque<>();

  /**
   * Creates a redactor.
   *
   * @param extraFields more JSON or form field names to redact (any case, any separators)
   * @param extraHeaders more header names to redact
   */
  public Redactor(Set<String> extraFields, Set<String> extraHeaders) {
    this.fieldNames = ConcurrentHashMap.newKeySet();
    extraFields.forEach(f -> fieldNames.add(normalize(f)));
    extraHeaders.forEach(this::addHeaderName);
  }

  /**
   * Redacts this header from now on.
   *
   * @param name the header name
   */
  public void addHeaderName(String name) {
    headerNames.add(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Scrubs this value wherever it appears from now on (keeps the most recent few).
   *
   * @param value a secret or token; values shorter than 4 characters are ignored
   */
  public void addSecretValue(String value) {
    if (value == null || value.length() < 4) {
      return;
    }
    synchronized (secretValues) {
      if (secretValues.contains(value)) {
        return;
      }
      secretValues.addFirst(value);
      if (secretValues.size() > MAX_SECRET_VALUES) {
        secretValues.removeLast();
      }
    }
  }

  boolean isSensitiveHeader(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return headerNames.contains(n)
        || n.equals("authorization")
        || n.equals("proxy-authorization")
        || n.equals("cookie")
        || n.equals("set-cookie")
        || n.contains("token")
        || n.contains("secret")
        || n.contains("signature")
        || n.contains("api-key")
        || n.contains("apikey")
        || n.contains("password")
        || n.contains("session")
        || n.startsWith("x-auth");
  }

  boolean isSensitiveField(String name) {
    String n = normalize(name);
    return fieldNames.contains(n)
        || n.contains("secret")
        || n.contains("token")
        || n.contains("password")
        || n.contains("passwd")
        || n.contains("signature")
        || n.contains("authorization")
        || n.contains("apikey")
        || n.contains("accesskey")
        || n.contains("credential")
        || n.contains("privatekey")
        // buyers' personal data
        || n.contains("phone")
        || n.contains("mobile")
        || n.startsWith("tel")
        || n.endsWith("tel")
        || n.contains("safenumber")
        || n.contains("address")
        || n.startsWith("addr")
        || n.contains("zipcode")
        || n.contains("postcode")
        || n.contains("postalcode")
        || n.contains("email")
        || n.contains("orderer")
        || n.contains("receiver")
        || n.contains("recipient")
        || n.contains("buyer")
        || n.contains("customer")
        || n.equals("memo");
  }

  private static String normalize(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = Character.toLowerCase(name.charAt(i));
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Replaces every known secret value in a text.
   *
   * @param text the text, or {@code null}
   * @return the text without secret values
   */
  public String scrub(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String[] values;
    synchronized (secretValues) {
      values = secretValues.toArray(new String[0]);
    }
    String out = text;
    if (out.indexOf('0') >= 0) {
      out = PHONE.matcher(out).replaceAll(MASK);
    }
    for (String v : values) {
      if (out.contains(v)) {
        out = out.replace(v, MASK);
      }
    }
    return out;
  }

  /** Headers, one per line, sensitive values masked. */
  String headers(Headers headers) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      sb.append("  ")
          .append(name)
          .append(": ")
          .append(isSensitiveHeader(name) ? MASK : scrub(headers.value(i)))
          .append('\n');
    }
    return sb.toString();
  }

  /** A URL with sensitive query values masked. */
  String url(HttpUrl url) {
    if (url.querySize() == 0) {
      return scrub(url.toString());
    }
    HttpUrl.Builder b = url.newBuilder().query(null);
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      String value = url.queryParameterValue(i);
      b.addQueryParameter(name, value == null ? null : isSensitiveField(name) ? MASK : value);
    }
    return scrub(b.build().toString());
  }

  /**
   * A body for the TRACE log: JSON and form fields redacted by name, everything scrubbed of known
   * secrets, cut to 16 KiB.
   */
  String body(String text, MediaType type) {
    if (text == null || text.isEmpty()) {
      return "(no body)";
    }
    String cut = text.length() > MAX_BODY_CHARS ? text.substring(0, MAX_BODY_CHARS) : text;
    String subtype = type == null ? "" : type.subtype().toLowerCase(Locale.ROOT);
    String trimmed = cut.stripLeading();
    String out;
    if (subtype.contains("x-www-form-urlencoded")) {
      out = form(cut);
    } else if (subtype.contains("json") || trimmed.startsWith("{") || trimmed.startsWith("[")) {
      out = json(cut);
    } else {
      out = cut;
    }
    out = scrub(out);
    return cut.length() < text.length() ? out + "...(" + text.length() + " chars)" : out;
  }

  String form(String text) {
    StringBuilder sb = new StringBuilder();
    for (String pair : text.split("&", -1)) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      if (eq >= 0 && isSensitiveField(name)) {
        sb.append(name).append('=').append(MASK);
      } else {
        sb.append(pair);
      }
    }
    return sb.toString();
  }

  String json(String text) {
    Buffer out = new Buffer();
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(text));
    reader.setLenient(true);
    JsonWriter writer = JsonWriter.of(out);
    writer.setLenient(true);
    try {
      copy(reader, writer);
      writer.flush();
      return out.readUtf8();
    } catch (IOException | RuntimeException e) {
      try {
        writer.flush();
      } catch (IOException | RuntimeException ignored) {
        // what was written is in the buffer
      }
      return out.readUtf8() + " ...(malformed or truncated JSON)";
    }
  }

  private void copy(JsonReader r, JsonWriter w) throws IOException {
    switch (r.peek()) {
      case BEGIN_OBJECT -> {
        r.beginObject();
        w.beginObject();
        while (r.hasNext()) {
          String name = r.nextName();
          w.name(name);
          if (isSensitiveField(name)) {
            r.skipValue();
            w.value(MASK);
          } else {
            copy(r, w);
          }
        }
        r.endObject();
        w.endObject();
      }
      case BEGIN_ARRAY -> {
        r.beginArray();
        w.beginArray();
        while (r.hasNext()) {
          copy(r, w);
        }
        r.endArray();
        w.endArray();
      }
      case STRING -> w.value(r.nextString());
      case NUMBER -> {
        String n = r.nextString();
        try {
          w.value(new BigDecimal(n));
        } catch (NumberFormatException e) {
          w.value(n);
        }
      }
      case BOOLEAN -> w.value(r.nextBoolean());
      case NULL -> {
        r.nextNull();
        w.nullValue();
      }
      default -> throw new IOException("unexpected " + r.peek());
    }
  }
}
