package io.busgen.runtime.internal;

import io.busgen.runtime.JsonTree;
import io.busgen.runtime.Validator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A value in memory read as a validator reads a stream: a {@link JsonTree} (what {@link Validator#validate(Object)}
 * is given), or a part of a body read whole because a schema looks at it more than once.
 */
final class TreeInput extends JsonInput {

    /** An object or array being read: its members or elements, and where the reading stands. */
    private static final class Frame {
        final Object container;
        final @Nullable Iterator<? extends Map.Entry<?, ?>> members;
        @Nullable String name;
        int index = -1;

        Frame(Object container, @Nullable Iterator<? extends Map.Entry<?, ?>> members) {
            this.container = container;
            this.members = members;
        }
    }

    private final @Nullable Object root;
    private final String base;
    private final List<Frame> frames = new ArrayList<>();
    private @Nullable Object current;
    /** The input stands at the end of {@code current}: its members or elements are read, or it was read whole. */
    private boolean ended;

    TreeInput(@Nullable Object root, String base) {
        this.root = root;
        this.base = base;
        this.current = root;
    }

    @Override
    public int type() {
        return Validation.typeOf(current);
    }

    @Override
    public String string() {
        if (current instanceof String string) {
            return string;
        }
        throw new IllegalStateException("not a string: " + Validation.typePhrase(current));
    }

    @Override
    public Object number() {
        Object value = current;
        if (value == null || !Validation.isNumber(value)) {
            throw new IllegalStateException("not a number: " + Validation.typePhrase(value));
        }
        return value;
    }

    @Override
    public @Nullable Object value() {
        ended = true;
        return current;
    }

    @Override
    public JsonInput buffered() {
        TreeInput copy = new TreeInput(current, pointer());
        ended = true;
        return copy;
    }

    @Override
    public JsonInput again() {
        frames.clear();
        current = root;
        ended = false;
        return this;
    }

    @Override
    public boolean enterObject(PropertyNames names) {
        if (ended || !(current instanceof Map<?, ?> object)) {
            return false;
        }
        frames.add(new Frame(object, object.entrySet().iterator()));
        return true;
    }

    @Override
    public @Nullable String nextName() {
        Frame frame = frames.get(frames.size() - 1);
        Iterator<? extends Map.Entry<?, ?>> members = frame.members;
        if (members == null) {
            throw new IllegalStateException("not in an object");
        }
        if (!members.hasNext()) {
            frames.remove(frames.size() - 1);
            current = frame.container;
            ended = true;
            return null;
        }
        Map.Entry<?, ?> member = members.next();
        frame.name = (String) member.getKey();
        current = member.getValue();
        ended = false;
        return frame.name;
    }

    @Override
    public boolean has(String name) {
        return closedObject().containsKey(name);
    }

    @Override
    public int size() {
        return closedObject().size();
    }

    private Map<?, ?> closedObject() {
        if (!ended || !(current instanceof Map<?, ?> object)) {
            throw new IllegalStateException("not at the end of an object");
        }
        return object;
    }

    @Override
    public boolean enterArray() {
        if (ended || !(current instanceof List<?> array)) {
            return false;
        }
        frames.add(new Frame(array, null));
        return true;
    }

    @Override
    public boolean nextElement() {
        Frame frame = frames.get(frames.size() - 1);
        if (!(frame.container instanceof List<?> array) || frame.members != null) {
            throw new IllegalStateException("not in an array");
        }
        frame.index++;
        if (frame.index >= array.size()) {
            frames.remove(frames.size() - 1);
            current = array;
            ended = true;
            return false;
        }
        current = array.get(frame.index);
        ended = false;
        return true;
    }

    @Override
    public String pointer() {
        if (frames.isEmpty()) {
            return base;
        }
        StringBuilder pointer = new StringBuilder(base);
        for (Frame frame : frames) {
            pointer.append('/');
            if (frame.members != null) {
                pointer.append(JsonReading.escape(String.valueOf(frame.name)));
            } else {
                pointer.append(frame.index);
            }
        }
        return pointer.toString();
    }
}
