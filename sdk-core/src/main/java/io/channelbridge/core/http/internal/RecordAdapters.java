package io.channelbridge.core.http.internal;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonQualifier;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Moshi adapters for the channels' wire records, reading and writing what Moshi's own record
 * adapter does (JSON names from {@link Json @Json}, qualifiers, unknown names skipped, an absent
 * primitive a {@link JsonDataException}) but built once per type: Moshi's calls {@code
 * MethodHandle.invokeWithArguments} for every object, which spreads its arguments afresh each time
 * and cost about 15 % of an order pull. Records with type parameters are left to Moshi.
 */
public final class RecordAdapters implements JsonAdapter.Factory {
  /** The factory; add it to a {@link Moshi.Builder} before any record is looked up. */
  public static final RecordAdapters FACTORY = new RecordAdapters();

  private RecordAdapters() {}

  @Override
  public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty() || !(type instanceof Class<?> raw) || !raw.isRecord()) {
      return null;
    }
    if (raw.getTypeParameters().length > 0) {
      return null;
    }
    RecordComponent[] components = raw.getRecordComponents();
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    try {
      Class<?>[] types = new Class<?>[components.length];
      List<Binding> bindings = new ArrayList<>();
      Set<String> names = new LinkedHashSet<>();
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        types[i] = c.getType();
        Json json = c.getAnnotation(Json.class);
        String name =
            json == null || Json.UNSET_NAME.equals(json.name()) ? c.getName() : json.name();
        if (!names.add(name)) {
          throw new IllegalArgumentException(
              "Conflicting components in " + raw.getName() + ": two are named " + name);
        }
        MethodHandle accessor =
            lookup
                .unreflect(c.getAccessor())
                .asType(MethodType.methodType(Object.class, Object.class));
        JsonAdapter<Object> adapter = moshi.adapter(c.getGenericType(), qualifiers(c));
        bindings.add(new Binding(c.getName(), name, c.getType().isPrimitive(), adapter, accessor));
      }
      MethodHandle constructor =
          lookup
              .findConstructor(raw, MethodType.methodType(void.class, types))
              .asSpreader(Object[].class, components.length)
              .asType(MethodType.methodType(Object.class, Object[].class));
      return new Adapter(raw.getSimpleName(), constructor, bindings).nullSafe();
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return null; // not reachable from here: Moshi's own adapter reports it
    }
  }

  private static Set<Annotation> qualifiers(RecordComponent c) {
    Set<Annotation> out = new LinkedHashSet<>();
    for (Annotation a : c.getAnnotations()) {
      if (a.annotationType().isAnnotationPresent(JsonQualifier.class)) {
        out.add(a);
      }
    }
    return out;
  }

  private record Binding(
      String component,
      String jsonName,
      boolean primitive,
      JsonAdapter<Object> adapter,
      MethodHandle accessor) {}

  private static final class Adapter extends JsonAdapter<Object> {
    private final String type;
    private final MethodHandle constructor; // (Object[]) -> Object
    private final Binding[] bindings;
    private final JsonReader.Options names;

    Adapter(String type, MethodHandle constructor, List<Binding> bindings) {
      this.type = type;
      this.constructor = constructor;
      this.bindings = bindings.toArray(new Binding[0]);
      this.names =
          JsonReader.Options.of(bindings.stream().map(Binding::jsonName).toArray(String[]::new));
    }

    @Override
    public Object fromJson(JsonReader reader) throws IOException {
      Object[] values = new Object[bindings.length];
      reader.beginObject();
      while (reader.hasNext()) {
        int i = reader.selectName(names);
        if (i == -1) {
          reader.skipName();
          reader.skipValue();
        } else {
          values[i] = bindings[i].adapter().fromJson(reader);
        }
      }
      reader.endObject();
      for (int i = 0; i < bindings.length; i++) {
        if (values[i] == null && bindings[i].primitive()) {
          throw new JsonDataException(
              "Required value '"
                  + bindings[i].component()
                  + "' (JSON name '"
                  + bindings[i].jsonName()
                  + "') missing at "
                  + reader.getPath());
        }
      }
      try {
        return (Object) constructor.invokeExact(values);
      } catch (RuntimeException | Error e) {
        throw e; // a compact constructor's own check, as Moshi lets it through
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, Object value) throws IOException {
      writer.beginObject();
      for (Binding b : bindings) {
        writer.name(b.jsonName());
        Object v;
        try {
          v = (Object) b.accessor().invokeExact(value);
        } catch (RuntimeException | Error e) {
          throw e;
        } catch (Throwable e) {
          throw new IllegalStateException(e);
        }
        b.adapter().toJson(writer, v);
      }
      writer.endObject();
    }

    @Override
    public String toString() {
      return "JsonAdapter(" + type + ")";
    }
  }
}
