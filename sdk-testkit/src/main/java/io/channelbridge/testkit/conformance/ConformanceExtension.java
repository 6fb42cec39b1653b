package io.channelbridge.testkit.conformance;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link ConformanceFixtures}: it resolves a {@link Conformance}
 * parameter of a conformance test by calling {@link ConformanceFixtures#createTarget()} on the test
 * instance, and closes that target when the test ends (through the extension context's store, and
 * again, harmlessly, after each test). Registered by {@link ConformanceFixtures}'s {@code
 * ExtendWith}; there is no reason to register it yourself.
 */
public final class ConformanceExtension implements ParameterResolver, AfterEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ConformanceExtension.class);

  /** Created by JUnit. */
  public ConformanceExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Conformance.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Object instance = context.getRequiredTestInstance();
    if (!(instance instanceof ConformanceFixtures fixtures)) {
      throw new ParameterResolutionException(
          instance.getClass().getName()
              + " takes a Conformance parameter but does not implement ConformanceFixtures");
    }
    Conformance conformance = Conformance.open(fixtures);
    context.getStore(NAMESPACE).put(Closer.class, new Closer(conformance));
    return conformance;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Closer closer = context.getStore(NAMESPACE).remove(Closer.class, Closer.class);
    if (closer != null) {
      closer.close();
    }
  }

  /** Closes a test's target once, whoever asks first: the store or {@link #afterEach}. */
  private static final class Closer implements AutoCloseable {
    private final Conformance conformance;
    private final AtomicBoolean closed = new AtomicBoolean();

    Closer(Conformance conformance) {
      this.conformance = conformance;
    }

    @Override
    public void close() {
      if (closed.compareAndSet(false, true)) {
        conformance.close();
      }
    }
  }
}
