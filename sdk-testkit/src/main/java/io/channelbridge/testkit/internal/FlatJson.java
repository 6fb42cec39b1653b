package io.channelbridge.testkit.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes and reads flat JSON objects whose values are strings, numbers, booleans or null: all the
 * fake's webhook bodies need, without a JSON library on the test kit's class path.
 */
public final class FlatJson {
  private FlatJson() {}

  /**
   * Writes an object with string values.
   *
   * @param fields the fields, in order
   * @return the JSON text
   */
  public static String write(Map<String, String> fields) {
    StringBuilder sb = new StringBuilder("{");
    fields.forEach(
        (k, v) -> {
          if (sb.length() > 1) {
            sb.append(',');
          }
          quote(sb, k);
          sb.append(':');
          if (v == null) {
            sb.append("null");
          } else {
            quote(sb, v);
          }
        });
    return sb.append('}').toString();
  }

  private static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  /**
   * Reads a flat object. Numbers and booleans come back as their text, {@code null} as {@code
   * null}.
   *
   * @param json the text
   * @return the fields, in order
   * @throws IllegalArgumentException if the text is not a flat JSON object
   */
  public static Map<String, String> read(String json) {
    return new Reader(json).object();
  }

  private static final class Reader {
    private final String s;
    private int pos;

    Reader(String s) {
      this.s = s;
    }

    Map<String, String> object() {
      Map<String, String> out = new LinkedHashMap<>();
      skipSpace();
      expect('{');
      skipSpace();
      if (peek() == '}') {
        pos++;
      } else {
        while (true) {
          skipSpace();
          String key = string();
          skipSpace();
          expect(':');
          skipSpace();
          out.put(key, value());
          skipSpace();
          char c = next();
          if (c == '}') {
            break;
          }
          if (c != ',') {
            throw error("expected ',' or '}'");
          }
        }
      }
      skipSpace();
      if (pos != s.length()) {
        throw error("trailing content");
      }
      return out;
    }

    private String value() {
      char c = peek();
      if (c == '"') {
        return string();
      }
      int start = pos;
      while (pos < s.length() && "{}[],: \t\r\n\"".indexOf(s.charAt(pos)) < 0) {
        pos++;
      }
      String token = s.substring(start, pos);
      if (token.equals("null")) {
        return null;
      }
      if (token.equals("true")
          || token.equals("false")
          || token.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
        return token;
      }
      throw error("unsupported value");
    }

    private String string() {
      expect('"');
      StringBuilder sb = new StringBuilder();
      while (true) {
        char c = next();
        if (c == '"') {
          return sb.toString();
        }
        if (c < 0x20) {
          throw error("control character in string");
        }
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        char e = next();
        switch (e) {
          case '"', '\\', '/' -> sb.append(e);
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 't' -> sb.append('\t');
          case 'u' -> {
            if (pos + 4 > s.length()) {
              throw error("short unicode escape");
            }
            int cp = 0;
            for (int i = 0; i < 4; i++) {
              int d = Character.digit(s.charAt(pos++), 16);
              if (d < 0) {
                throw error("bad unicode escape");
              }
              cp = cp * 16 + d;
            }
            sb.append((char) cp);
          }
          default -> throw error("bad escape");
        }
      }
    }

    private void skipSpace() {
      while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
    }

    private char peek() {
      if (pos >= s.length()) {
        throw error("unexpected end");
      }
      return s.charAt(pos);
    }

    private char next() {
      char c = peek();
      pos++;
      return c;
    }

    private void expect(char c) {
      if (next() != c) {
        throw error("expected '" + c + "'");
      }
    }

    private IllegalArgumentException error(String what) {
      return new IllegalArgumentException("malformed JSON at offset " + pos + ": " + what);
    }
  }
}
