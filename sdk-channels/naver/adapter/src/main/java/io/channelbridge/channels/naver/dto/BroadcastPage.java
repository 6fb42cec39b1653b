package io.channelbridge.channels.naver.dto;

import java.util.List;

/**
 * Reply of the broadcast list call.
 *
 * @param contents the broadcasts of this page
 * @param page the page, from 1
 * @param size the page size
 * @param totalElements how many broadcasts match in all
 */
public record BroadcastPage(
    List<Broadcast> contents, Integer page, Integer size, Long totalElements) {}
