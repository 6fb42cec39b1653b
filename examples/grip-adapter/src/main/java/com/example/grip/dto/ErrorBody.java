package com.example.grip.dto;

/**
 * Grip's failure reply (HTTP 500): {@code {message}}.
 *
 * @param message what went wrong
 */
public record ErrorBody(String message) {}
