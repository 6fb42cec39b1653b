package io.channelbridge.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.channelbridge.core.error.ConflictException;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchResultTest {
  @Test
  void separatesSuccessesFromFailuresInOrder() {
    ConflictException boom = new ConflictException("fake", "already shipped");
    BatchResult<String> a =
        new BatchResult<>(List.of(BatchResult.Item.ok("1"), BatchResult.Item.failed("2", boom)));
    BatchResult<String> b = new BatchResult<>(List.of(BatchResult.Item.ok("3")));
    BatchResult<String> all = BatchResult.concat(List.of(a, b));
    assertThat(all.succeeded()).containsExactly("1", "3");
    assertThat(all.failed()).singleElement().satisfies(f -> assertThat(f.error()).isSameAs(boom));
    assertThat(all.allSucceeded()).isFalse();
    assertThat(b.allSucceeded()).isTrue();
  }
}
