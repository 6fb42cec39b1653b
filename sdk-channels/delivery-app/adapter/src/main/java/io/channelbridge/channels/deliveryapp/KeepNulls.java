package io.channelbridge.channels.deliveryapp;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonQualifier;
import com.squareup.moshi.Types;
import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

/**
 * Marks a request body whose {@code null} members are sent as JSON {@code null}: in this protocol
 * {@code "stock": null} means unlimited, which is not the same as leaving {@code stock} out (keep
 * it). Moshi drops nulls otherwise.
 */
@JsonQualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
@interface KeepNulls {

  /** The Moshi factory behind the qualifier. */
  JsonAdapter.Factory FACTORY =
      (type, annotations, moshi) -> {
        Set<? extends Annotation> rest = Types.nextAnnotations(annotations, KeepNulls.class);
        return rest == null ? null : moshi.adapter(type, rest).serializeNulls();
      };
}
