package io.channelbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every published module must be in sdk-bom, or users importing the BOM get mismatched jars. */
class BomCompletenessTest {
  private static final Pattern ARTIFACT =
      Pattern.compile("</parent>.*?<artifactId>([^<]+)</artifactId>", Pattern.DOTALL);

  @Test
  void bomListsEveryPublishedModule() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    String bom = Files.readString(root.resolve("sdk-bom/pom.xml"));
    List<String> published = new ArrayList<>();
    try (Stream<Path> poms = Files.walk(root, 4)) {
      for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml")).toList()) {
        if (pom.toString().contains("/target/")) {
          continue;
        }
        String text = Files.readString(pom);
        Matcher m = ARTIFACT.matcher(text);
        boolean jar = !text.contains("<packaging>pom</packaging>");
        boolean skipped = text.contains("<skip.publishing>true</skip.publishing>");
        if (m.find() && jar && !skipped) {
          published.add(m.group(1));
        }
      }
    }
    assertThat(published).contains("sdk-core", "sdk-testkit");
    for (String artifact : published) {
      assertThat(bom)
          .as("sdk-bom lists " + artifact)
          .contains("<artifactId>" + artifact + "</artifactId>");
    }
  }
}
