package io.channelbridge.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Internal packages stay internal, checked over the whole tree: no published module imports another
 * module's {@code ...internal} package, and no public or protected member of a published API type
 * names an internal type. (The jars are automatic modules, so this test is the enforcement.) The
 * benchmarks, never published, may measure internals directly.
 */
class ApiBoundaryTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
  private static final Pattern IMPORT =
      Pattern.compile("(?m)^import (?:static )?(io\\.channelbridge\\.[\\w.]*\\.internal)\\.");

  /** Every module's main source root, by module folder. */
  private static Map<Path, Path> mainRoots() throws IOException {
    Map<Path, Path> roots = new TreeMap<>();
    try (Stream<Path> poms = Files.walk(ROOT, 4)) {
      for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml")).toList()) {
        Path main = pom.resolveSibling("src/main/java");
        if (!pom.toString().contains("/target/") && Files.isDirectory(main)) {
          roots.put(pom.getParent(), main);
        }
      }
    }
    return roots;
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }

  private static String packageOf(Path file) throws IOException {
    Matcher m = PACKAGE.matcher(Files.readString(file));
    return m.find() ? m.group(1) : "";
  }

  @Test
  void noModuleImportsAnotherModulesInternals() throws IOException {
    Map<Path, Path> roots = mainRoots();
    Map<String, Path> ownerOfInternal = new TreeMap<>();
    for (Map.Entry<Path, Path> e : roots.entrySet()) {
      for (Path f : javaFiles(e.getValue())) {
        String pkg = packageOf(f);
        if (pkg.contains(".internal")) {
          ownerOfInternal.put(pkg, e.getKey());
        }
      }
    }
    assertThat(ownerOfInternal).as("internal packages found").isNotEmpty();
    List<String> violations = new ArrayList<>();
    int checked = 0;
    for (Path module : roots.keySet()) {
      if (Files.readString(module.resolve("pom.xml")).contains("<skip.publishing>true")) {
        continue;
      }
      for (Path f : javaFiles(module.resolve("src"))) {
        checked++;
        Matcher m = IMPORT.matcher(Files.readString(f));
        while (m.find()) {
          Path owner = ownerOfInternal.get(m.group(1));
          if (owner != null && !owner.equals(module)) {
            violations.add(ROOT.relativize(f) + " imports " + m.group(1));
          }
        }
      }
    }
    assertThat(checked).as("source files checked").isGreaterThan(100);
    assertThat(violations).isEmpty();
  }

  @Test
  void publicApiNamesNoInternalType() throws IOException {
    List<String> violations = new ArrayList<>();
    int types = 0;
    for (Path root : mainRoots().values()) {
      for (Path f : javaFiles(root)) {
        String pkg = packageOf(f);
        String simple = f.getFileName().toString().replace(".java", "");
        if (pkg.contains(".internal") || simple.equals("package-info") || !pkg.startsWith("io.")) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName(pkg + "." + simple, false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
          continue; // a module examples does not depend on (benchmarks)
        }
        if (!Modifier.isPublic(type.getModifiers())) {
          continue;
        }
        types++;
        for (Method m : type.getDeclaredMethods()) {
          if (exposed(m.getModifiers()) && !m.isSynthetic()) {
            check(violations, type, m.getName(), m.getGenericReturnType());
            for (Type p : m.getGenericParameterTypes()) {
              check(violations, type, m.getName(), p);
            }
          }
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
          if (exposed(c.getModifiers())) {
            for (Type p : c.getGenericParameterTypes()) {
              check(violations, type, "<init>", p);
            }
          }
        }
        for (Field fl : type.getDeclaredFields()) {
          if (exposed(fl.getModifiers())) {
            check(violations, type, fl.getName(), fl.getGenericType());
          }
        }
        Class<?> parent = type.getSuperclass();
        if (parent != null) {
          check(violations, type, "extends", parent);
        }
      }
    }
    assertThat(types).as("public API types checked").isGreaterThan(50);
    assertThat(violations).isEmpty();
  }

  private static boolean exposed(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void check(List<String> out, Class<?> owner, String member, Type type) {
    String name = type.getTypeName();
    if (name.matches(".*io\\.channelbridge\\.[\\w.]*\\.internal\\..*")) {
      out.add(owner.getName() + "#" + member + " names " + name);
    }
  }
}
