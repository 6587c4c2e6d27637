package io.journeyascode.cache;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small tagged binary encoding of immutable records (the model), for caches: every value is
 * written with a tag, records by their class and components in declaration order, and read back
 * through the canonical constructor, so a record's own checks and derived values apply as when it
 * was first made.
 *
 * <p>Values may be records and enums of the allowed classes, {@code String}, {@code Integer},
 * {@code Long}, {@code Double}, {@code Boolean}, {@code LocalDate}, {@code Optional}, {@code List}
 * and {@code Map} (read back in the written order). Class names in a stream are only looked up
 * among the allowed classes: a stream can never make this codec load or build anything else.
 * Strings and class names are written once a stream and referred to by number afterwards; so is
 * a record met again (the same instance), which keeps the sharing of the written values.
 *
 * <p>Reading a stream that is damaged or names a class outside the allowed ones throws {@link
 * Malformed}; callers treat the cached value as absent.
 */
public final class RecordCodec {

    /** A stream that cannot be read back: damaged, truncated, or naming a class not allowed. */
    public static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private static final int STRING = 1;
    private static final int STRING_REF = 2;
    private static final int INT = 3;
    private static final int LONG = 4;
    private static final int DOUBLE = 5;
    private static final int TRUE = 6;
    private static final int FALSE = 7;
    private static final int DATE = 8;
    private static final int EMPTY = 9;
    private static final int PRESENT = 10;
    private static final int LIST = 11;
    private static final int MAP = 12;
    private static final int RECORD = 13;
    private static final int ENUM = 14;
    private static final int RECORD_REF = 15;

    /** How one allowed record class is taken apart and made again. */
    private record Shape(Class<?> type, Method[] accessors, boolean[] derived, Constructor<?> constructor) {}

    private final Map<String, Class<?>> allowed = new HashMap<>();
    private final Map<Class<?>, Shape> shapes = new HashMap<>();

    /**
     * A codec for the given record and enum classes. A component named in {@code derived} (by
     * record class) is computed by its record's canonical constructor from the others: it is
     * written as an empty list and made again by the constructor.
     */
    public RecordCodec(Collection<Class<?>> classes, Map<Class<?>, Set<String>> derived) {
        for (Class<?> type : classes) {
            allowed.put(type.getName(), type);
            if (type.isRecord()) {
                shapes.put(type, shape(type, derived.getOrDefault(type, Set.of())));
            } else if (!type.isEnum()) {
                throw new IllegalArgumentException(type + " is neither a record nor an enum");
            }
        }
    }

    private static Shape shape(Class<?> type, Set<String> derivedNames) {
        RecordComponent[] components = type.getRecordComponents();
        Method[] accessors = new Method[components.length];
        boolean[] derived = new boolean[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            // Checked once here instead of at every call (which asks the VM for the caller).
            accessors[i].setAccessible(true);
            derived[i] = derivedNames.contains(components[i].getName());
            types[i] = components[i].getType();
            if (derived[i] && types[i] != List.class) {
                throw new IllegalArgumentException("only list components can be derived: " + components[i]);
            }
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return new Shape(type, accessors, derived, constructor);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type + " has no canonical constructor", e);
        }
    }

    // ---------------------------------------------------------------- writing

    /** The value as bytes. */
    public byte[] encode(Object value) {
        Writer writer = new Writer();
        writer.value(value);
        return writer.bytes();
    }

    private final class Writer {
        private byte[] buf = new byte[4096];
        private int size;
        private final Map<String, Integer> strings = new HashMap<>();
        private final Map<Object, Integer> records = new IdentityHashMap<>();

        byte[] bytes() {
            return Arrays.copyOf(buf, size);
        }

        void value(Object value) {
            if (value instanceof String s) {
                string(s);
            } else if (value instanceof Record r) {
                Integer known = records.get(r);
                if (known != null) {
                    tag(RECORD_REF);
                    varint(known);
                    return;
                }
                Shape shape = shapes.get(r.getClass());
                if (shape == null) {
                    throw new IllegalArgumentException("not an allowed record: " + r.getClass());
                }
                tag(RECORD);
                string(shape.type().getName());
                for (int i = 0; i < shape.accessors().length; i++) {
                    if (shape.derived()[i]) {
                        tag(LIST);
                        varint(0);
                    } else {
                        value(get(shape.accessors()[i], r));
                    }
                }
                // Numbered once written whole, as the reader numbers it once made.
                records.put(r, records.size());
            } else if (value instanceof Optional<?> o) {
                if (o.isPresent()) {
                    tag(PRESENT);
                    value(o.get());
                } else {
                    tag(EMPTY);
                }
            } else if (value instanceof List<?> list) {
                tag(LIST);
                varint(list.size());
                for (Object item : list) {
                    value(item);
                }
            } else if (value instanceof Map<?, ?> map) {
                tag(MAP);
                varint(map.size());
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    value(e.getKey());
                    value(e.getValue());
                }
            } else if (value instanceof Integer i) {
                tag(INT);
                varint(zigzag(i));
            } else if (value instanceof Long l) {
                tag(LONG);
                varint(zigzag(l));
            } else if (value instanceof Double d) {
                tag(DOUBLE);
                fixed64(Double.doubleToRawLongBits(d));
            } else if (value instanceof Boolean b) {
                tag(b ? TRUE : FALSE);
            } else if (value instanceof LocalDate date) {
                tag(DATE);
                varint(zigzag(date.toEpochDay()));
            } else if (value instanceof Enum<?> e) {
                Class<?> type = e.getDeclaringClass();
                if (!allowed.containsKey(type.getName())) {
                    throw new IllegalArgumentException("not an allowed enum: " + type);
                }
                tag(ENUM);
                string(type.getName());
                string(e.name());
            } else {
                throw new IllegalArgumentException("cannot encode "
                        + (value == null ? "null" : value.getClass().getName()));
            }
        }

        private void string(String s) {
            Integer known = strings.get(s);
            if (known != null) {
                tag(STRING_REF);
                varint(known);
                return;
            }
            strings.put(s, strings.size());
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            tag(STRING);
            varint(utf8.length);
            room(utf8.length);
            System.arraycopy(utf8, 0, buf, size, utf8.length);
            size += utf8.length;
        }

        private void tag(int tag) {
            room(1);
            buf[size++] = (byte) tag;
        }

        private void varint(long value) {
            room(10);
            while ((value & ~0x7FL) != 0) {
                buf[size++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            buf[size++] = (byte) value;
        }

        private void fixed64(long value) {
            room(8);
            for (int i = 0; i < 8; i++) {
                buf[size++] = (byte) (value >>> (8 * i));
            }
        }

        private void room(int more) {
            if (size + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
            }
        }
    }

    private static long zigzag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    private static long unzigzag(long value) {
        return (value >>> 1) ^ -(value & 1);
    }

    private static Object get(Method accessor, Record r) {
        try {
            return accessor.invoke(r);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * The value in {@code length} bytes of {@code bytes} from {@code offset}.
     *
     * @throws Malformed when the bytes are not exactly one value this codec wrote
     */
    public Object decode(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > bytes.length) {
            throw new Malformed("outside the stream");
        }
        Reader reader = new Reader(bytes, offset, offset + length);
        Object value;
        try {
            value = reader.value(0);
        } catch (RuntimeException | StackOverflowError e) {
            if (e instanceof Malformed m) {
                throw m;
            }
            throw new Malformed("unreadable: " + e);
        }
        if (reader.pos != reader.end) {
            throw new Malformed("bytes after the value");
        }
        return value;
    }

    private static final int MAX_DEPTH = 200;

    private final class Reader {
        private final byte[] buf;
        private int pos;
        private final int end;
        private final List<String> strings = new ArrayList<>();
        private final List<Object> records = new ArrayList<>();

        Reader(byte[] buf, int pos, int end) {
            this.buf = buf;
            this.pos = pos;
            this.end = end;
        }

        Object value(int depth) {
            if (depth > MAX_DEPTH) {
                throw new Malformed("nested too deeply");
            }
            int tag = tag();
            switch (tag) {
                case STRING, STRING_REF:
                    return string(tag);
                case INT:
                    long i = unzigzag(varint());
                    if (i != (int) i) {
                        throw new Malformed("int out of range");
                    }
                    return (int) i;
                case LONG:
                    return unzigzag(varint());
                case DOUBLE:
                    return Double.longBitsToDouble(fixed64());
                case TRUE:
                    return Boolean.TRUE;
                case FALSE:
                    return Boolean.FALSE;
                case DATE:
                    try {
                        return LocalDate.ofEpochDay(unzigzag(varint()));
                    } catch (java.time.DateTimeException e) {
                        throw new Malformed("date out of range");
                    }
                case EMPTY:
                    return Optional.empty();
                case PRESENT:
                    return Optional.of(value(depth + 1));
                case LIST: {
                    int n = count();
                    if (n == 0) {
                        return List.of();
                    }
                    Object[] items = new Object[n];
                    for (int k = 0; k < n; k++) {
                        items[k] = value(depth + 1);
                    }
                    return List.of(items);
                }
                case MAP: {
                    int n = count();
                    Map<Object, Object> map = new LinkedHashMap<>(n * 4 / 3 + 1);
                    for (int k = 0; k < n; k++) {
                        Object key = value(depth + 1);
                        if (map.put(key, value(depth + 1)) != null) {
                            throw new Malformed("a key twice in a map");
                        }
                    }
                    return Collections.unmodifiableMap(map);
                }
                case RECORD:
                    return record(depth);
                case RECORD_REF:
                    long index = varint();
                    if (index >= records.size()) {
                        throw new Malformed("unknown record reference");
                    }
                    return records.get((int) index);
                case ENUM:
                    return enumValue();
                default:
                    throw new Malformed("unknown tag " + tag);
            }
        }

        private Object record(int depth) {
            Class<?> type = allowedClass();
            Shape shape = shapes.get(type);
            if (shape == null) {
                throw new Malformed("not a record class: " + type.getName());
            }
            Object[] args = new Object[shape.accessors().length];
            for (int i = 0; i < args.length; i++) {
                args[i] = value(depth + 1);
            }
            try {
                Object made = shape.constructor().newInstance(args);
                records.add(made);
                return made;
            } catch (InvocationTargetException e) {
                throw new Malformed("rejected by " + type.getSimpleName() + ": " + e.getCause());
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                throw new Malformed("wrong components for " + type.getSimpleName() + ": " + e);
            }
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private Object enumValue() {
            Class<?> type = allowedClass();
            if (!type.isEnum()) {
                throw new Malformed("not an enum class: " + type.getName());
            }
            String name = string(tag());
            try {
                return Enum.valueOf((Class) type, name);
            } catch (IllegalArgumentException e) {
                throw new Malformed("no constant " + name + " in " + type.getSimpleName());
            }
        }

        /** Resolved only among the allowed classes: never {@code Class.forName}. */
        private Class<?> allowedClass() {
            String name = string(tag());
            Class<?> type = allowed.get(name);
            if (type == null) {
                throw new Malformed("class not allowed: " + name);
            }
            return type;
        }

        private String string(int tag) {
            if (tag == STRING_REF) {
                long index = varint();
                if (index >= strings.size()) {
                    throw new Malformed("unknown string reference");
                }
                return strings.get((int) index);
            }
            if (tag != STRING) {
                throw new Malformed("a string expected, tag " + tag);
            }
            int length = count();
            if (length > end - pos) {
                throw new Malformed("truncated string");
            }
            String s = new String(buf, pos, length, StandardCharsets.UTF_8);
            pos += length;
            strings.add(s);
            return s;
        }

        private int tag() {
            if (pos >= end) {
                throw new Malformed("truncated");
            }
            return buf[pos++];
        }

        /** A length or count: never more than the bytes left could hold. */
        private int count() {
            long n = varint();
            if (n < 0 || n > end - pos) {
                throw new Malformed("impossible length " + n);
            }
            return (int) n;
        }

        private long varint() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (pos >= end) {
                    throw new Malformed("truncated number");
                }
                byte b = buf[pos++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new Malformed("number too long");
        }

        private long fixed64() {
            if (end - pos < 8) {
                throw new Malformed("truncated number");
            }
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value |= (long) (buf[pos++] & 0xFF) << (8 * i);
            }
            return value;
        }
    }
}
