package io.journeyascode.site;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultListAdapter;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelWithAPISupport;
import freemarker.template.TemplateScalarModel;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * FreeMarker's default object wrapper, with a fast path for the view records: a record's
 * components are read through accessors resolved once per class, instead of the bean model's
 * introspection lookups, locks and reflective calls on every access (a page reads hundreds of
 * components; profiles showed the bean machinery among the top costs of a build). Templates
 * see the same thing as with the default wrapper: {@code view.name} is the component's value;
 * anything else ({@code view.name()}, {@code view.toString()}, {@code ?keys}) is answered by the
 * default bean model, made when first needed.
 */
final class RecordObjectWrapper extends DefaultObjectWrapper {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** The component readers of a record class, or null for a class read the default way. */
    /**
     * Per class, found once. A map rather than a {@link ClassValue}: in the C1-only JVM of the
     * CLI, {@code ClassValue.get} took its slow path on most calls (6 % of a build's page CPU).
     */
    private static final java.util.concurrent.ConcurrentHashMap<Class<?>, Readers> READERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    RecordObjectWrapper() {
        super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35), true);
    }

    /**
     * The list classes the view models use, adapted as the default wrapper adapts any {@code
     * List} that is not an {@code AbstractSequentialList}.
     */
    private static final java.util.Set<Class<?>> LISTS = java.util.Set.copyOf(List.of(
            java.util.ArrayList.class,
            List.of().getClass(),
            List.of(1).getClass(),
            java.util.stream.Stream.of(1, 2, 3).toList().getClass(),
            java.util.Collections.unmodifiableList(new java.util.ArrayList<>()).getClass()));

    /**
     * The default wrapping, with the types pages are made of tested first by their exact class:
     * the default order asks every value first whether it implements {@code TemplateModel}, and
     * records and lists are reached only after a row of interface checks (profiles showed {@code
     * wrap} itself among the top costs). The result is the same model as the default's.
     */
    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj != null) {
            Class<?> type = obj.getClass();
            if (type == String.class) {
                return new SimpleScalar((String) obj);
            }
            if (obj instanceof Record) {
                Readers readers = readers(type);
                if (readers != null) {
                    return new RecordModel(obj, readers, this);
                }
            } else if (LISTS.contains(type)) {
                return DefaultListAdapter.adapt((List<?>) obj, this);
            }
        }
        return super.wrap(obj);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Record) {
            Readers readers = readers(obj.getClass());
            if (readers != null) {
                return new RecordModel(obj, readers, this);
            }
        }
        return super.handleUnknownType(obj);
    }

    /** The readers of a record class, or null when the default wrapper reads it. */
    private static Readers readers(Class<?> type) {
        Readers readers = READERS.get(type);
        if (readers == null) {
            Readers found = Readers.of(type);
            readers = found == null ? Readers.NONE : found;
            READERS.putIfAbsent(type, readers);
        }
        return readers == Readers.NONE ? null : readers;
    }

    /** The default model of an object, for what the fast path does not answer. */
    TemplateModel beanModel(Object obj) throws TemplateModelException {
        return super.handleUnknownType(obj);
    }

    /** One reader per record component, by component name. */
    private record Readers(Map<String, Function<Object, Object>> byName) {

        /** Kept for a class the default wrapper reads (a map holds no null). */
        static final Readers NONE = new Readers(Map.of());

        static Readers of(Class<?> type) {
            // A record that implements an interface might be one the default wrapper treats
            // specially (a TemplateModel, an Iterable...): that one is left to it.
            if (!type.isRecord() || !Modifier.isPublic(type.getModifiers()) || type.getInterfaces().length > 0) {
                return null;
            }
            Map<String, Function<Object, Object>> byName = new HashMap<>();
            try {
                for (RecordComponent component : type.getRecordComponents()) {
                    byName.put(component.getName(), reader(type, component));
                }
            } catch (Throwable e) { // no fast path for this class; the default model reads it
                return null;
            }
            return new Readers(Map.copyOf(byName));
        }

        @SuppressWarnings("unchecked")
        private static Function<Object, Object> reader(Class<?> type, RecordComponent component) throws Throwable {
            MethodHandle accessor = LOOKUP.unreflect(component.getAccessor());
            Class<?> result = MethodType.methodType(component.getType()).wrap().returnType();
            return (Function<Object, Object>) LambdaMetafactory.metafactory(
                            LOOKUP,
                            "apply",
                            MethodType.methodType(Function.class),
                            MethodType.methodType(Object.class, Object.class),
                            accessor,
                            MethodType.methodType(result, type))
                    .getTarget()
                    .invokeExact();
        }
    }

    /** A record as a hash of its components; see the class comment. */
    private static final class RecordModel
            implements TemplateHashModelEx,
                    MethodCallAwareTemplateHashModel,
                    TemplateScalarModel,
                    AdapterTemplateModel,
                    WrapperTemplateModel,
                    TemplateModelWithAPISupport {
        private final Object record;
        private final Readers readers;
        private final RecordObjectWrapper wrapper;
        private TemplateModel bean;

        RecordModel(Object record, Readers readers, RecordObjectWrapper wrapper) {
            this.record = record;
            this.readers = readers;
            this.wrapper = wrapper;
        }

        private TemplateModel bean() throws TemplateModelException {
            if (bean == null) {
                bean = wrapper.beanModel(record);
            }
            return bean;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Function<Object, Object> reader = readers.byName().get(key);
            if (reader != null) {
                return wrapper.wrap(reader.apply(record));
            }
            return ((TemplateHashModelEx) bean()).get(key);
        }

        @Override
        public TemplateModel getBeforeMethodCall(String key)
                throws TemplateModelException, ShouldNotBeGetAsMethodException {
            return ((MethodCallAwareTemplateHashModel) bean()).getBeforeMethodCall(key);
        }

        @Override
        public boolean isEmpty() {
            return false; // as the bean model of any object that is not a string, collection or map
        }

        @Override
        public int size() throws TemplateModelException {
            return ((TemplateHashModelEx) bean()).size();
        }

        @Override
        public TemplateCollectionModel keys() throws TemplateModelException {
            return ((TemplateHashModelEx) bean()).keys();
        }

        @Override
        public TemplateCollectionModel values() throws TemplateModelException {
            return ((TemplateHashModelEx) bean()).values();
        }

        @Override
        public String getAsString() {
            return record.toString();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }

        @Override
        public TemplateModel getAPI() throws TemplateModelException {
            return ((TemplateModelWithAPISupport) bean()).getAPI();
        }
    }
}
