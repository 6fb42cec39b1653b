package io.channelbridge.core.http.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.internal.Util;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * Reads a record as Moshi's own record adapter does (the same JSON names, qualifiers, component
 * adapters, unknown members skipped, the same errors), but calls the canonical constructor through
 * a method handle spread once, where Moshi's calls {@code invokeWithArguments}, which builds a new
 * spreader on every object read: a fifth of the CPU of decoding a small order. Writing is Moshi's.
 * Generic records stay with Moshi's adapter.
 */
final class RecordAdapter extends JsonAdapter<Object> {

  /** Put before Moshi's built-in factories (after the adapter's own). */
  static final JsonAdapter.Factory FACTORY =
      new JsonAdapter.Factory() {
        @Override
        public JsonAdapter<?> create(
            Type type, Set<? extends Annotation> annotations, Moshi moshi) {
          if (!annotations.isEmpty()
              || !(type instanceof Class<?> raw)
              || !raw.isRecord()
              || raw.getTypeParameters().length > 0) {
            return null;
          }
          // Moshi's adapter first: whatever it rejects (conflicting names, an inaccessible
          // constructor) fails here as before, and it writes the JSON.
          JsonAdapter<Object> moshis = moshi.nextAdapter(this, type, annotations);
          RecordComponent[] components = raw.getRecordComponents();
          Class<?>[] params = new Class<?>[components.length];
          String[] names = new String[components.length];
          String[] jsonNames = new String[components.length];
          @SuppressWarnings("unchecked")
          JsonAdapter<Object>[] adapters = new JsonAdapter[components.length];
          for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            params[i] = c.getType();
            names[i] = c.getName();
            jsonNames[i] = Util.jsonName(c.getName(), c);
            adapters[i] =
                moshi.adapter(Util.resolve(type, raw, c.getGenericType()), Util.jsonAnnotations(c));
          }
          MethodHandle constructor;
          try {
            MethodHandle canonical =
                MethodHandles.lookup()
                    .findConstructor(raw, MethodType.methodType(void.class, params));
            constructor =
                canonical
                    .asType(canonical.type().changeReturnType(Object.class))
                    .asSpreader(Object[].class, params.length);
          } catch (ReflectiveOperationException | RuntimeException e) {
            return moshis; // not ours to read: Moshi's adapter can
          }
          return new RecordAdapter(
                  raw.getSimpleName(), moshis, constructor, params, names, jsonNames, adapters)
              .nullSafe();
        }
      };

  private final String simpleName;
  private final JsonAdapter<Object> writer;
  private final MethodHandle constructor;
  private final Class<?>[] types;
  private final String[] names;
  private final String[] jsonNames;
  private final JsonAdapter<Object>[] adapters;
  private final JsonReader.Options options;

  private RecordAdapter(
      String simpleName,
      JsonAdapter<Object> writer,
      MethodHandle constructor,
      Class<?>[] types,
      String[] names,
      String[] jsonNames,
      JsonAdapter<Object>[] adapters) {
    this.simpleName = simpleName;
    this.writer = writer;
    this.constructor = constructor;
    this.types = types;
    this.names = names;
    this.jsonNames = jsonNames;
    this.adapters = adapters;
    this.options = JsonReader.Options.of(jsonNames);
  }

  @Override
  public Object fromJson(JsonReader reader) throws IOException {
    Object[] values = new Object[adapters.length];
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(options);
      if (index == -1) {
        reader.skipName();
        reader.skipValue();
        continue;
      }
      values[index] = adapters[index].fromJson(reader);
    }
    reader.endObject();
    try {
      return (Object) constructor.invokeExact(values);
    } catch (Throwable e) {
      // As Moshi's: a primitive component missing is the JSON's fault, anything else is not.
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null && types[i].isPrimitive()) {
          throw Util.missingProperty(names[i], jsonNames[i], reader);
        }
      }
      throw new AssertionError(e);
    }
  }

  @Override
  public void toJson(JsonWriter out, Object value) throws IOException {
    writer.toJson(out, value);
  }

  @Override
  public String toString() {
    return "JsonAdapter(" + simpleName + ")";
  }
}
