package atlas.store.internal.records;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;

/**
 * Record-model objects as JSON (RFC 8259) for a patient's data export: each entity's own fields by
 * name, values as they are stored (dates ISO 8601), lists and maps as arrays and objects. Read by
 * reflection so that a field added to the model is exported without a change here.
 */
public final class RecordJson {

    private RecordJson() {
    }

    static void value(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Enum<?> constant) {
            string(constant.name(), out);
        } else if (value instanceof TemporalAccessor || value instanceof java.time.Instant) {
            string(value.toString(), out);
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                out.append(first ? "" : ",");
                first = false;
                value(item, out);
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                string(String.valueOf(entry.getKey()), out);
                out.append(':');
                value(entry.getValue(), out);
            }
            out.append('}');
        } else {
            object(value, out);
        }
    }

    /** An entity or embedded value: its own (non-static) fields, the superclass's first. */
    private static void object(Object value, StringBuilder out) {
        out.append('{');
        boolean first = true;
        for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()
                        || field.getName().startsWith("_persistence")) {
                    continue; // EclipseLink's weaving fields are not the record's
                }
                field.setAccessible(true);
                out.append(first ? "" : ",");
                first = false;
                string(field.getName(), out);
                out.append(':');
                try {
                    value(field.get(value), out);
                } catch (IllegalAccessException e) {
                    out.append("null");
                }
            }
        }
        out.append('}');
    }

    static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            }
        }
        out.append('"');
    }
}
