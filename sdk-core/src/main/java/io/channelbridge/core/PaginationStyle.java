package io.channelbridge.core;

/** How a channel pages through orders; the checkpoint holds the position in this style. */
public enum PaginationStyle {
  /** An opaque cursor from the previous page. */
  CURSOR,
  /** Time windows of bounded length with a cursor inside each (Naver). */
  TIME_WINDOW,
  /** Page numbers or offsets. */
  OFFSET
}
