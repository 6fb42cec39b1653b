package io.channelbridge.hub.internal;

import io.channelbridge.core.error.ChannelException;
import io.channelbridge.core.error.ChannelUnavailableException;
import io.channelbridge.hub.ChannelResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs one call per channel concurrently and collects a result per channel, each bounded by its own
 * deadline: a channel that ignores its deadline is abandoned (and interrupted), not waited for.
 */
public final class FanOut {

  /**
   * One channel's call.
   *
   * @param <T> the value type
   * @param channel the channel's key
   * @param channelId the channel's id
   * @param timeout how long to wait for it
   * @param call the call
   */
  public record Task<T>(String channel, String channelId, Duration timeout, Supplier<T> call) {
    /** Creates a task. */
    public Task {
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(channelId, "channelId");
      Objects.requireNonNull(timeout, "timeout");
      Objects.requireNonNull(call, "call");
    }
  }

  private final ExecutorService executor;

  /**
   * A runner on an executor, which must start every task at once (an unbounded pool).
   *
   * @param executor the executor
   */
  public FanOut(ExecutorService executor) {
    this.executor = executor;
  }

  /**
   * Runs the tasks and waits for each until its deadline.
   *
   * @param <T> the value type
   * @param tasks the tasks
   * @return one result per task, in task order
   */
  public <T> List<ChannelResult<T>> run(List<Task<T>> tasks) {
    long start = System.nanoTime();
    List<Future<ChannelResult<T>>> futures = new ArrayList<>(tasks.size());
    for (Task<T> task : tasks) {
      try {
        futures.add(executor.submit(() -> call(task, start)));
      } catch (RejectedExecutionException e) {
        futures.add(null);
      }
    }
    List<ChannelResult<T>> results = new ArrayList<>(tasks.size());
    boolean interrupted = false;
    for (int i = 0; i < tasks.size(); i++) {
      Task<T> task = tasks.get(i);
      Future<ChannelResult<T>> f = futures.get(i);
      if (f == null) {
        results.add(failed(task, start, "the hub is closed"));
        continue;
      }
      long deadline = start + task.timeout().toNanos();
      try {
        long remaining = interrupted ? 0 : deadline - System.nanoTime();
        results.add(f.get(Math.max(0, remaining), TimeUnit.NANOSECONDS));
      } catch (TimeoutException e) {
        f.cancel(true);
        results.add(
            interrupted
                ? failed(task, start, "the caller was interrupted")
                : failed(
                    task,
                    start,
                    "no answer from channel '"
                        + task.channel()
                        + "' within "
                        + task.timeout()
                        + "; the hub stopped waiting"));
      } catch (InterruptedException e) {
        interrupted = true;
        f.cancel(true);
        results.add(failed(task, start, "the caller was interrupted"));
      } catch (CancellationException e) {
        results.add(failed(task, start, "the call was cancelled (hub closed)"));
      } catch (ExecutionException e) {
        // call() catches everything but Errors
        results.add(
            ChannelResult.failed(
                task.channel(),
                task.channelId(),
                wrap(task, e.getCause()),
                Duration.ofNanos(System.nanoTime() - start)));
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return results;
  }

  private static <T> ChannelResult<T> call(Task<T> task, long start) {
    Thread thread = Thread.currentThread();
    String name = thread.getName();
    thread.setName(name + "-" + task.channel());
    try {
      T value = task.call().get();
      return ChannelResult.ok(
          task.channel(), task.channelId(), value, Duration.ofNanos(System.nanoTime() - start));
    } catch (RuntimeException e) {
      return ChannelResult.failed(
          task.channel(),
          task.channelId(),
          wrap(task, e),
          Duration.ofNanos(System.nanoTime() - start));
    } finally {
      thread.setName(name);
    }
  }

  private static ChannelException wrap(Task<?> task, Throwable e) {
    if (e instanceof ChannelException ce) {
      return ce;
    }
    return new ChannelException(
        task.channelId(),
        "unexpected failure on channel '" + task.channel() + "': " + e,
        0,
        null,
        null,
        e);
  }

  private static <T> ChannelResult<T> failed(Task<T> task, long start, String message) {
    return ChannelResult.failed(
        task.channel(),
        task.channelId(),
        new ChannelUnavailableException(task.channelId(), message),
        Duration.ofNanos(System.nanoTime() - start));
  }
}
