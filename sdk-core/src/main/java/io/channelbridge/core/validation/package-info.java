/** Checks that run before any network call and report every violation at once. */
package io.channelbridge.core.validation;
