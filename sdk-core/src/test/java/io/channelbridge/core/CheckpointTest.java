package io.channelbridge.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckpointTest {

  @Test
  void encodeDecodeRoundTripsAwkwardValues() {
    Checkpoint cp =
        Checkpoint.of(
            Map.of(
                "window.from", "2026-11-28T12:00:00.000+09:00",
                "cursor", "a=b&c d/é",
                "empty", ""));
    String encoded = cp.encode();
    assertThat(encoded).doesNotContain(" ").contains("%2B09%3A00");
    assertThat(Checkpoint.decode(encoded)).isEqualTo(cp);
  }

  @Test
  void keysAreSortedSoEncodingIsStable() {
    Map<String, String> a = new HashMap<>();
    a.put("z", "1");
    a.put("a", "2");
    assertThat(Checkpoint.of(a).encode()).isEqualTo("a=2&z=1");
  }

  @Test
  void initialIsEmptyAndRoundTrips() {
    assertThat(Checkpoint.initial().isInitial()).isTrue();
    assertThat(Checkpoint.decode(Checkpoint.initial().encode())).isEqualTo(Checkpoint.initial());
  }

  @Test
  void sinceStoresTheInstant() {
    Instant t = Instant.parse("2026-11-01T00:00:00Z");
    assertThat(Checkpoint.since(t).get(Checkpoint.SINCE)).contains(t.toString());
  }

  @Test
  void withDoesNotMutateTheOriginal() {
    Checkpoint a = Checkpoint.initial().with("k", "v");
    Checkpoint b = a.with("k", "w");
    assertThat(a.get("k")).contains("v");
    assertThat(b.get("k")).contains("w");
  }

  @Test
  void malformedEncodingIsRejected() {
    assertThatThrownBy(() -> Checkpoint.decode("novalue"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void javaSerializationRoundTrips() throws Exception {
    Checkpoint cp = Checkpoint.initial().with("seq", "42");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(cp);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(cp);
    }
  }
}
