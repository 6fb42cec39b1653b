/**
 * Moshi classes shaped exactly like the JSON of Naver's Commerce API and of the Shopping Live
 * partner profile, with Naver's own field names, and nothing else. Date-times are kept as the text
 * Naver sends ({@code 2022-04-11T15:21:44.000+09:00}); the mapper converts them. Internal to the
 * adapter: not a stable API.
 */
package io.channelbridge.channels.naver.dto;
