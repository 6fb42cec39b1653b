/** Implementation details of the test kit; not an API, may change in any release. */
package io.channelbridge.testkit.internal;
