package io.channelbridge.channels.ottshopping.dto;

import java.util.List;

/**
 * The protocol's page shape, for orders, claims and shows.
 *
 * @param <T> the element type
 * @param content the elements of this page
 * @param page the page number, from 1
 * @param size the page size asked for
 * @param totalPages how many pages the query has now
 * @param totalElements how many elements the query has now
 */
public record Page<T>(
    List<T> content, Integer page, Integer size, Integer totalPages, Long totalElements) {}
